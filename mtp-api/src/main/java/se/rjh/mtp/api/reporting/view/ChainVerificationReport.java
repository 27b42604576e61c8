package se.rjh.mtp.api.reporting.view;

import java.util.List;

/**
 * The events' hash chains recomputed over the reporting service's copy of the audit log
 *
 * @param valid True when no break was found
 * @param aggregates Aggregates whose chains were walked
 * @param unverifiable Records that arrived without a hash; each is also a MISSING_HASH break
 * @param firstBreak The first bad event, in aggregate and sequence order; null when valid
 */
public record ChainVerificationReport(
        boolean valid,
        long eventsChecked,
        int aggregates,
        long unverifiable,
        List<ChainBreak> breaks,
        ChainBreak firstBreak) {

    /** Valid exactly when nothing broke; the first break is named on its own. */
    public static ChainVerificationReport of(long eventsChecked, int aggregates, long unverifiable,
                                             List<ChainBreak> breaks) {
        return new ChainVerificationReport(breaks.isEmpty(), eventsChecked, aggregates, unverifiable,
                List.copyOf(breaks), breaks.isEmpty() ? null : breaks.get(0));
    }
}
