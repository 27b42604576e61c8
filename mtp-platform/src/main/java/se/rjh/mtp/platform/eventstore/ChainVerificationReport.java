package se.rjh.mtp.platform.eventstore;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.rjh.mtp.api.reporting.view.ChainBreak;

/** Outcome of {@link ChainVerifier#verify}: {@code valid} exactly when no break was found. */
// Named apart from reporting-service's report of its copy, which shares the simple name and also appears in its API.
/**
 * This service's event store: every aggregate's hash chain recomputed in global order and, when heads anchored by
 * reporting-service were given, compared with them
 *
 * @param valid True when no break was found
 * @param aggregatesChecked Aggregates whose chains were walked
 * @param anchorsChecked Anchored heads compared with the store; 0 without anchors
 * @param firstBreak The first bad event: in global order, then the anchored heads the store does not reach; null when
 *                  valid
 */
@Schema(name = "EventStoreVerificationReport")
public record ChainVerificationReport(
        boolean valid,
        long eventsChecked,
        long aggregatesChecked,
        long anchorsChecked,
        ChainBreak firstBreak,
        List<ChainBreak> breaks) {

    static ChainVerificationReport of(long eventsChecked, long aggregatesChecked, long anchorsChecked,
                                      List<ChainBreak> breaks) {
        return new ChainVerificationReport(breaks.isEmpty(), eventsChecked, aggregatesChecked, anchorsChecked,
                                           breaks.isEmpty() ? null : breaks.get(0), List.copyOf(breaks));
    }
}
