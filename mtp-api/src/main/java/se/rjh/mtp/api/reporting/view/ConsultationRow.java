package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One consultation (remiss) of a case
 *
 * @param body The consulted body
 * @param requestedAt When it was requested, in epoch milliseconds
 * @param dueDate Answer due (ISO date)
 * @param answeredAt When it was answered, in epoch milliseconds
 * @param overdue Case-service reported the due date as passed
 */
public record ConsultationRow(
        String consultationId,
        @Schema(nullable = true) String body,
        @Schema(nullable = true) Long requestedAt,
        @Schema(nullable = true) String dueDate,
        @Schema(nullable = true) Long answeredAt,
        boolean waived,
        boolean overdue) {
}
