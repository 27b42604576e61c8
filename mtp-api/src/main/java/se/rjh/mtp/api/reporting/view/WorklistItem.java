package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * One thing waiting on the signed-in user. The ids name what to open; for a secrecy-marked case the title reads
 * "[Skyddat]" unless the reader may read protected text.
 *
 * @param caseId The case, also the case an assignment was issued for
 * @param consultationId The consultation within the case
 * @param followUpId The follow-up within the case's decision
 * @param number The case's diarienummer or the guideline's document number
 * @param title The case's subject, the assignment's or the guideline's title
 * @param detail The consulted body, the follow-up's kind or the LAG
 * @param dueDate When it is or was due (ISO date); registration is due the working day after receipt
 * @param daysWaiting Days since it started waiting (received, decided, proposed)
 * @param daysOverdue Days past the due date; negative while the due date is still ahead
 * @param overdue The due date has passed
 */
public record WorklistItem(
        WorklistItemKind kind,
        @Schema(nullable = true) String caseId,
        @Schema(nullable = true) String consultationId,
        @Schema(nullable = true) String followUpId,
        @Schema(nullable = true) String assignmentId,
        @Schema(nullable = true) String guidelineId,
        @Schema(nullable = true) String number,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String detail,
        @Schema(nullable = true) LocalDate dueDate,
        @Schema(nullable = true) Integer daysWaiting,
        @Schema(nullable = true) Integer daysOverdue,
        boolean overdue) {
}
