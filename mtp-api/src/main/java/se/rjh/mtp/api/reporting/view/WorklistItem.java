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
 * @param number The case's diarienummer, the guideline's document number or the in-house device's register id
 * @param title The case's subject, the assignment's or the guideline's title, or the in-house device's name
 * @param detail The consulted body, the follow-up's kind, the LAG or the in-house device's responsible unit
 * @param dueDate When it is or was due (ISO date); registration is due the working day after receipt
 * @param daysWaiting Days since it started waiting (received, decided, proposed)
 * @param daysOverdue Days past the due date; negative while the due date is still ahead
 * @param overdue The due date has passed
 * @param deviceId The in-house device (EGT-n) whose review or market search is due
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
        boolean overdue,
        @Schema(nullable = true) String deviceId) {

    /** An item of a case, an assignment or a guideline: every kind but the in-house devices'. */
    public WorklistItem(WorklistItemKind kind, String caseId, String consultationId, String followUpId,
                        String assignmentId, String guidelineId, String number, String title, String detail,
                        LocalDate dueDate, Integer daysWaiting, Integer daysOverdue, boolean overdue) {
        this(kind, caseId, consultationId, followUpId, assignmentId, guidelineId, number, title, detail, dueDate,
                daysWaiting, daysOverdue, overdue, null);
    }
}
