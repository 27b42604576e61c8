package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressStatus;

/** A written assignment as its read model holds it: where it stands and everything said on it. */
@Schema(name = "Assignment", description = "A written assignment (skriftligt uppdrag) from the LSG to one LAG, with "
        + "its progress reports, feedback, questions and the decisions on them. Fields of steps not yet reached are "
        + "null.")
public record AssignmentView(
        @Schema(description = "the assignment's id") String id,
        @Schema(description = "the LAG the assignment is given to") String groupId,
        @Schema(description = "the LAG's name when the assignment was drafted or issued") String groupName,
        String title,
        String description,
        @Schema(description = "what the LAG is to deliver") List<String> deliverables,
        LocalDate dueDate,
        @Schema(description = "the case the assignment belongs to, if any") String caseId,
        @Schema(description = "the decision's follow-up this assignment was drafted from") String followUpId,
        AssignmentStatus status,
        @Schema(description = "true once the due date passed while the assignment was open") boolean overdue,
        @Schema(description = "the day the deadline scan found it overdue") LocalDate overdueSince,
        @Schema(description = "the chair who issued it") String issuedBy,
        LocalDate issuedOn,
        String acceptedBy,
        LocalDate acceptedOn,
        String declineReason,
        String declinedBy,
        @Schema(description = "the LAG's progress reports, oldest first") List<ProgressReport> progressReports,
        @Schema(description = "the latest final report") String finalReport,
        String deliveredBy,
        LocalDate deliveredOn,
        @Schema(description = "the LSG's feedback on each delivery, oldest first") List<Feedback> feedback,
        String cancellationReason,
        String cancelledBy,
        @Schema(description = "questions the LAG raised to the LSG from this assignment") List<Question> questions,
        @Schema(description = "decisions on the cases those questions opened") List<Decision> decisions) {

    @Schema(name = "AssignmentProgressReport", description = "A progress report (rapportering) from the LAG")
    public record ProgressReport(ProgressStatus status, String text, String reportedBy, LocalDate reportedOn) {
    }

    @Schema(name = "AssignmentFeedback", description = "The LSG's feedback on a delivery")
    public record Feedback(FeedbackOutcome outcome, String feedback, String givenBy, LocalDate givenOn) {
    }

    @Schema(name = "AssignmentQuestion", description = "A question from the LAG; case-service opens a case for it")
    public record Question(String questionId, String subject, String text, String raisedBy) {
    }

    @Schema(name = "AssignmentQuestionDecision", description = "The decision on a case opened from a question")
    public record Decision(String questionId, String caseId,
                           @Schema(description = "diarienummer of the case") String caseNumber,
                           String decision, LocalDate decidedOn) {
    }
}
