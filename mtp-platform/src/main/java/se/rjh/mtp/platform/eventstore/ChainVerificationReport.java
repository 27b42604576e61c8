package se.rjh.mtp.platform.eventstore;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.rjh.mtp.api.reporting.view.ChainBreak;

/** Outcome of {@link ChainVerifier#verify}: {@code valid} exactly when no break was found. */
// Named apart from reporting-service's report of its copy, which shares the simple name and also appears in its API.
@Schema(name = "EventStoreVerificationReport", description = "This service's event store: every aggregate's hash "
        + "chain recomputed in global order and, when heads anchored by reporting-service were given, compared with "
        + "them")
public record ChainVerificationReport(
        @Schema(description = "True when no break was found") boolean valid,
        long eventsChecked,
        @Schema(description = "Aggregates whose chains were walked") long aggregatesChecked,
        @Schema(description = "Anchored heads compared with the store; 0 without anchors") long anchorsChecked,
        @Schema(description = "The first bad event: in global order, then the anchored heads the store does not "
                + "reach; null when valid") ChainBreak firstBreak,
        List<ChainBreak> breaks) {

    static ChainVerificationReport of(long eventsChecked, long aggregatesChecked, long anchorsChecked,
                                      List<ChainBreak> breaks) {
        return new ChainVerificationReport(breaks.isEmpty(), eventsChecked, aggregatesChecked, anchorsChecked,
                                           breaks.isEmpty() ? null : breaks.get(0), List.copyOf(breaks));
    }
}
