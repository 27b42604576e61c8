package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(description = "One thing waiting on the signed-in user. The ids name what to open; for a secrecy-marked case "
        + "the title reads \"[Skyddat]\" unless the reader may read protected text.")
public record WorklistItem(
        WorklistItemKind kind,
        @Schema(description = "The case, also the case an assignment was issued for", nullable = true) String caseId,
        @Schema(description = "The consultation within the case", nullable = true) String consultationId,
        @Schema(description = "The follow-up within the case's decision", nullable = true) String followUpId,
        @Schema(nullable = true) String assignmentId,
        @Schema(nullable = true) String guidelineId,
        @Schema(description = "The case's diarienummer or the guideline's document number", nullable = true)
        String number,
        @Schema(description = "The case's subject, the assignment's or the guideline's title", nullable = true)
        String title,
        @Schema(description = "The consulted body, the follow-up's kind or the LAG", nullable = true) String detail,
        @Schema(description = "When it is or was due (ISO date); registration is due the working day after receipt",
                nullable = true) LocalDate dueDate,
        @Schema(description = "Days since it started waiting (received, decided, proposed)", nullable = true)
        Integer daysWaiting,
        @Schema(description = "Days past the due date; negative while the due date is still ahead", nullable = true)
        Integer daysOverdue,
        @Schema(description = "The due date has passed") boolean overdue) {
}
