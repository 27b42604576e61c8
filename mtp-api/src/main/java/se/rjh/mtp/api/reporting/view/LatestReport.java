package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "The latest progress report of one assignment")
public record LatestReport(
        String assignmentId,
        String groupId,
        @Schema(description = "Traffic-light status of the report (GREEN, YELLOW, RED)") String status,
        @Schema(description = "When it was reported (ISO-8601 instant)") String reportedAt) {
}
