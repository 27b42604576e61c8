package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * One event in a case's trail, as an auditor reads it
 *
 * @param timestamp When it happened (ISO-8601 instant)
 * @param service The producing service, e.g. case-service
 * @param eventType The event's type (simple class name)
 * @param actor Who caused it
 * @param data The event's data as published, field by field
 * @param hash The event's SHA-256 chain hash
 */
public record AuditTrailEntry(
        String eventId,
        String timestamp,
        String service,
        @Schema(nullable = true) String aggregateType,
        String aggregateId,
        long sequence,
        String eventType,
        @Schema(nullable = true) String actor,
        @Schema(nullable = true) String correlationId,
        Map<String, Object> data,
        @Schema(nullable = true) String hash) {
}
