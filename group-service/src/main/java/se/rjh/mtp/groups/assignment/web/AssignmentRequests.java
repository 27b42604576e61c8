package se.rjh.mtp.groups.assignment.web;

import static se.rjh.mtp.api.common.TextRules.CODE;
import static se.rjh.mtp.api.common.TextRules.LINE;
import static se.rjh.mtp.api.common.TextRules.PARAGRAPH;
import static se.rjh.mtp.api.common.TextRules.TEXT;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.groups.assignment.domain.Assignment;

/** Request bodies of {@code /api/assignments}; the limits are the aggregate's, stated here for OpenAPI. */
public final class AssignmentRequests {

    private AssignmentRequests() {
    }

    public record IssueAssignmentRequest(@NotBlank @Size(max = CODE) String groupId,
                                         @NotBlank @Size(max = LINE) String title,
                                         @NotBlank @Size(max = TEXT) String description,
                                         @NotEmpty @Size(max = Assignment.MAX_DELIVERABLES)
                                         List<@NotBlank @Size(max = PARAGRAPH) String> deliverables,
                                         @NotNull LocalDate dueDate, @Size(max = CODE) String caseId) {
    }

    public record IssueDraftRequest(LocalDate dueDate) {
    }

    public record ReasonRequest(@NotBlank @Size(max = PARAGRAPH) String reason) {
    }

    public record ProgressReportRequest(@NotNull ProgressStatus status, @NotBlank @Size(max = TEXT) String text) {
    }

    public record DeliveryRequest(@NotBlank @Size(max = TEXT) String finalReport) {
    }

    public record FeedbackRequest(@NotNull FeedbackOutcome outcome, @NotBlank @Size(max = TEXT) String feedback) {
    }
}
