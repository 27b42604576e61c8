package se.rjh.mtp.groups.assignment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressStatus;

/** Request bodies of {@code /api/assignments}. */
public final class AssignmentRequests {

    private AssignmentRequests() {
    }

    public record IssueAssignmentRequest(@NotBlank @Size(max = 100) String groupId, @NotBlank @Size(max = 300) String title,
                                  @NotBlank @Size(max = 20_000) String description,
                                  @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 2000) String> deliverables,
                                  @NotNull LocalDate dueDate, @Size(max = 100) String caseId) {
    }

    public record IssueDraftRequest(LocalDate dueDate) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 5000) String reason) {
    }

    public record ProgressReportRequest(@NotNull ProgressStatus status, @NotBlank @Size(max = 20_000) String text) {
    }

    public record DeliveryRequest(@NotBlank @Size(max = 50_000) String finalReport) {
    }

    public record FeedbackRequest(@NotNull FeedbackOutcome outcome, @NotBlank @Size(max = 20_000) String feedback) {
    }
}
