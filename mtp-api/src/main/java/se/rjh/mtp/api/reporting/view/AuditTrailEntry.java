package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

@Schema(description = "One event in a case's trail, as an auditor reads it")
public record AuditTrailEntry(
        String eventId,
        @Schema(description = "When it happened (ISO-8601 instant)") String timestamp,
        @Schema(description = "The producing service, e.g. case-service") String service,
        @Schema(nullable = true) String aggregateType,
        String aggregateId,
        long sequence,
        @Schema(description = "The event's type (simple class name)") String eventType,
        @Schema(description = "Who caused it", nullable = true) String actor,
        @Schema(nullable = true) String correlationId,
        @Schema(description = "The event's data as published, field by field") Map<String, Object> data,
        @Schema(description = "The event's SHA-256 chain hash", nullable = true) String hash) {
}
