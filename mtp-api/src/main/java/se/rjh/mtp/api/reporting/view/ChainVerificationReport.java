package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "The events' hash chains recomputed over the reporting service's copy of the audit log")
public record ChainVerificationReport(
        @Schema(description = "True when no break was found") boolean valid,
        long eventsChecked,
        @Schema(description = "Aggregates whose chains were walked") int aggregates,
        @Schema(description = "Records that arrived without a hash; each is also a MISSING_HASH break") long unverifiable,
        List<ChainBreak> breaks,
        @Schema(description = "The first bad event, in aggregate and sequence order; null when valid")
        ChainBreak firstBreak) {

    /** Valid exactly when nothing broke; the first break is named on its own. */
    public static ChainVerificationReport of(long eventsChecked, int aggregates, long unverifiable,
                                             List<ChainBreak> breaks) {
        return new ChainVerificationReport(breaks.isEmpty(), eventsChecked, aggregates, unverifiable,
                List.copyOf(breaks), breaks.isEmpty() ? null : breaks.get(0));
    }
}
