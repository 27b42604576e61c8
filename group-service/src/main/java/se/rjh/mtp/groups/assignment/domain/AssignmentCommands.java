package se.rjh.mtp.groups.assignment.domain;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressStatus;

/** What can be asked of an assignment. Dates are the caller's "today", so the rules never read a clock. */
public final class AssignmentCommands {

    private AssignmentCommands() {
    }

    public record IssueAssignment(@TargetAggregateIdentifier String assignmentId, String groupId, String title,
                                  String description, List<String> deliverables, LocalDate dueDate, String caseId,
                                  LocalDate issuedOn) {
    }

    /** The chair writes an assignment and keeps it as a draft; issued later with {@link IssueDraftedAssignment}. */
    public record DraftWrittenAssignment(@TargetAggregateIdentifier String assignmentId, String groupId, String title,
                                         String description, List<String> deliverables, LocalDate dueDate,
                                         String caseId, LocalDate draftedOn) {
    }

    /**
     * From a decision's LAG_ASSIGNMENT follow-up; the same (caseId, followUpId) always gives the same id. A follow-up
     * naming no active LAG is reported NOT_POSSIBLE on {@code draftedOn} instead.
     */
    public record DraftAssignment(@TargetAggregateIdentifier String assignmentId, String groupId, String title,
                                  String description, List<String> deliverables, LocalDate dueDate, String caseId,
                                  String followUpId, LocalDate draftedOn) {
    }

    /** The chair issues a draft, written by hand or by a decision; {@code dueDate} replaces the draft's when given. */
    public record IssueDraftedAssignment(@TargetAggregateIdentifier String assignmentId, LocalDate dueDate,
                                         LocalDate issuedOn) {
    }

    public record AcceptAssignment(@TargetAggregateIdentifier String assignmentId, LocalDate acceptedOn) {
    }

    public record DeclineAssignment(@TargetAggregateIdentifier String assignmentId, String reason, LocalDate declinedOn) {
    }

    public record ReportProgress(@TargetAggregateIdentifier String assignmentId, ProgressStatus status, String text,
                                 LocalDate reportedOn) {
    }

    public record DeliverAssignment(@TargetAggregateIdentifier String assignmentId, String finalReport,
                                    LocalDate deliveredOn) {
    }

    public record GiveFeedback(@TargetAggregateIdentifier String assignmentId, FeedbackOutcome outcome, String feedback,
                               LocalDate givenOn) {
    }

    public record CancelAssignment(@TargetAggregateIdentifier String assignmentId, String reason, LocalDate cancelledOn) {
    }

    /** Sent by the deadline job; does nothing unless the assignment is open, past due and not yet marked. */
    public record MarkOverdue(@TargetAggregateIdentifier String assignmentId, LocalDate today) {
    }

    public record RaiseQuestion(@TargetAggregateIdentifier String assignmentId, String questionId, String subject,
                                String text) {
    }

    /** A case opened from one of this assignment's questions was decided; recorded once per case. */
    public record RecordCaseDecision(@TargetAggregateIdentifier String assignmentId, String caseId, String caseNumber,
                                     String questionId, String decision, LocalDate decidedOn) {
    }
}
