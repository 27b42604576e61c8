package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

@Schema(description = "A case as it stood at an instant: its own events up to then, folded in sequence order")
public record CaseAtInstant(
        String caseId,
        @Schema(description = "The instant asked for (ISO-8601)") String asOf,
        int eventsApplied,
        String lastEventType,
        @Schema(description = "When the last applied event happened (ISO-8601 instant)") String lastEventAt,
        @Schema(description = "The case row as it was then (unmasked: auditors only)") CaseRow state,
        @Schema(description = "Every data field of the applied events, the latest value winning")
        Map<String, Object> fields) {
}
