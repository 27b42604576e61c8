package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "One consultation (remiss) of a case")
public record ConsultationRow(
        String consultationId,
        @Schema(description = "The consulted body", nullable = true) String body,
        @Schema(description = "When it was requested, in epoch milliseconds", nullable = true) Long requestedAt,
        @Schema(description = "Answer due (ISO date)", nullable = true) String dueDate,
        @Schema(description = "When it was answered, in epoch milliseconds", nullable = true) Long answeredAt,
        boolean waived,
        @Schema(description = "Case-service reported the due date as passed") boolean overdue) {
}
