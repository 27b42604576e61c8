package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressStatus;

/**
 * A written assignment as its read model holds it: where it stands and everything said on it.
 *
 * @param id the assignment's id
 * @param groupId the LAG the assignment is given to
 * @param groupName the LAG's name when the assignment was drafted or issued
 * @param deliverables what the LAG is to deliver
 * @param caseId the case the assignment belongs to, if any
 * @param followUpId the decision's follow-up this assignment was drafted from
 * @param overdue true once the due date passed while the assignment was open
 * @param overdueSince the day the deadline scan found it overdue
 * @param issuedBy the chair who issued it
 * @param progressReports the LAG's progress reports, oldest first
 * @param finalReport the latest final report
 * @param feedback the LSG's feedback on each delivery, oldest first
 * @param questions questions the LAG raised to the LSG from this assignment
 * @param decisions decisions on the cases those questions opened
 */
@Schema(name = "Assignment")
public record AssignmentView(
        String id,
        String groupId,
        String groupName,
        String title,
        String description,
        List<String> deliverables,
        LocalDate dueDate,
        String caseId,
        String followUpId,
        AssignmentStatus status,
        boolean overdue,
        LocalDate overdueSince,
        String issuedBy,
        LocalDate issuedOn,
        String acceptedBy,
        LocalDate acceptedOn,
        String declineReason,
        String declinedBy,
        List<ProgressReport> progressReports,
        String finalReport,
        String deliveredBy,
        LocalDate deliveredOn,
        List<Feedback> feedback,
        String cancellationReason,
        String cancelledBy,
        List<Question> questions,
        List<Decision> decisions) {

    /**
     * A progress report (rapportering) from the LAG
     */
    @Schema(name = "AssignmentProgressReport")
    public record ProgressReport(
            ProgressStatus status,
            String text,
            String reportedBy,
            LocalDate reportedOn) {
    }

    /**
     * The LSG's feedback on a delivery
     */
    @Schema(name = "AssignmentFeedback")
    public record Feedback(
            FeedbackOutcome outcome,
            String feedback,
            String givenBy,
            LocalDate givenOn) {
    }

    /**
     * A question from the LAG; case-service opens a case for it
     */
    @Schema(name = "AssignmentQuestion")
    public record Question(
            String questionId,
            String subject,
            String text,
            String raisedBy) {
    }

    /**
     * The decision on a case opened from a question
     *
     * @param caseNumber diarienummer of the case
     */
    @Schema(name = "AssignmentQuestionDecision")
    public record Decision(
            String questionId,
            String caseId,
            String caseNumber,
            String decision,
            LocalDate decidedOn) {
    }
}
