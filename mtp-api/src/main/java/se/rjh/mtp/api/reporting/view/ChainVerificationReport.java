package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "The events' hash chains recomputed over the reporting service's copy of the audit log")
public record ChainVerificationReport(
        @Schema(description = "True when no break was found") boolean valid,
        long eventsChecked,
        @Schema(description = "Aggregates whose chains were walked") int aggregates,
        @Schema(description = "Records that arrived without a hash (counted, not breaks)") long unverifiable,
        List<ChainBreak> breaks) {
}
