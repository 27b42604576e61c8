package se.rjh.mtp.groups.assignment.domain;

import se.rjh.mtp.api.groups.AssignmentStatus;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.rjh.mtp.api.groups.AssignmentStatus.ACCEPTED;
import static se.rjh.mtp.api.groups.AssignmentStatus.CANCELLED;
import static se.rjh.mtp.api.groups.AssignmentStatus.COMPLETED;
import static se.rjh.mtp.api.groups.AssignmentStatus.DECLINED;
import static se.rjh.mtp.api.groups.AssignmentStatus.DELIVERED;
import static se.rjh.mtp.api.groups.AssignmentStatus.DRAFTED;
import static se.rjh.mtp.api.groups.AssignmentStatus.IN_PROGRESS;
import static se.rjh.mtp.api.groups.AssignmentStatus.ISSUED;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.groups.AssignmentAccepted;
import se.rjh.mtp.api.groups.AssignmentCancelled;
import se.rjh.mtp.api.groups.AssignmentDeclined;
import se.rjh.mtp.api.groups.AssignmentDelivered;
import se.rjh.mtp.api.groups.AssignmentDrafted;
import se.rjh.mtp.api.groups.AssignmentFeedbackGiven;
import se.rjh.mtp.api.groups.AssignmentIssued;
import se.rjh.mtp.api.groups.AssignmentOverdue;
import se.rjh.mtp.api.groups.CaseDecisionRecorded;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressReported;
import se.rjh.mtp.api.groups.QuestionRaised;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.AcceptAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.CancelAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DeclineAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DeliverAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DraftAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.GiveFeedback;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.IssueAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.IssueDraftedAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.MarkOverdue;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.RaiseQuestion;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.RecordCaseDecision;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.ReportProgress;
import se.rjh.mtp.groups.workinggroup.domain.GroupView;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupDirectory;

/**
 * A written assignment from the LSG to one LAG. Role checks (chair or LAG member) happen at the HTTP edge; the rule
 * that only a member of THIS LAG may act for it needs the group, so it is checked here through the directory.
 */
// Snapshots are Jackson documents of the fields; the aggregate has no getters, so fields are what is stored.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
public class Assignment {

    private static final Set<AssignmentStatus> OPEN = EnumSet.of(ISSUED, ACCEPTED, IN_PROGRESS);
    private static final Set<AssignmentStatus> QUESTIONS_ALLOWED = EnumSet.of(ISSUED, ACCEPTED, IN_PROGRESS, DELIVERED);

    @AggregateIdentifier
    private String assignmentId;
    private String groupId;
    private String groupName;
    private AssignmentStatus status;
    private LocalDate dueDate;
    private boolean overdueRaised;
    private AssignmentDrafted draft;
    private final Set<String> questionIds = new HashSet<>();
    private final Set<String> decidedCaseIds = new HashSet<>();

    protected Assignment() {
        // for Axon
    }

    @CommandHandler
    public Assignment(IssueAssignment command, WorkingGroupDirectory directory, @MetaDataValue("actor") String actor) {
        GroupView group = activeLag(directory, command.groupId());
        String title = Texts.required("title", command.title());
        String description = Texts.required("description", command.description());
        List<String> deliverables = Texts.deliverables(command.deliverables());
        requireDueDate(command.dueDate(), command.issuedOn());
        String caseId = Texts.optional("caseId", command.caseId());
        apply(new AssignmentIssued(command.assignmentId(), group.groupId(), group.name(), title, description,
                deliverables, command.dueDate(), caseId, actor, command.issuedOn()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DraftAssignment command, WorkingGroupDirectory directory) {
        if (assignmentId != null) {
            return; // this follow-up was drafted already: a redelivered decision drafts nothing new
        }
        GroupView group = activeLag(directory, command.groupId());
        String title = Texts.required("title", command.title());
        apply(new AssignmentDrafted(command.assignmentId(), group.groupId(), group.name(), title,
                Texts.optional("description", command.description()),
                command.deliverables() == null ? List.of() : List.copyOf(command.deliverables()),
                command.dueDate(), command.caseId(), command.followUpId()));
    }

    @CommandHandler
    void handle(IssueDraftedAssignment command, WorkingGroupDirectory directory, @MetaDataValue("actor") String actor) {
        requireStatus(EnumSet.of(DRAFTED), "only a draft can be issued this way");
        activeLag(directory, groupId);
        LocalDate due = command.dueDate() != null ? command.dueDate() : draft.dueDate();
        requireDueDate(due, command.issuedOn());
        String description = draft.description() != null ? draft.description() : draft.title();
        List<String> deliverables = draft.deliverables().isEmpty() ? List.of(draft.title()) : draft.deliverables();
        apply(new AssignmentIssued(assignmentId, groupId, groupName, draft.title(), description, deliverables, due,
                draft.caseId(), actor, command.issuedOn()));
    }

    @CommandHandler
    void handle(AcceptAssignment command, WorkingGroupDirectory directory, @MetaDataValue("actor") String actor) {
        requireMember(directory, actor);
        requireStatus(EnumSet.of(ISSUED), "only an issued assignment can be accepted");
        apply(new AssignmentAccepted(assignmentId, groupId, actor, command.acceptedOn()));
    }

    @CommandHandler
    void handle(DeclineAssignment command, WorkingGroupDirectory directory, @MetaDataValue("actor") String actor) {
        requireMember(directory, actor);
        requireStatus(EnumSet.of(ISSUED), "only an issued assignment can be declined");
        String reason = Texts.required("reason", command.reason());
        apply(new AssignmentDeclined(assignmentId, groupId, reason, actor, command.declinedOn()));
    }

    @CommandHandler
    void handle(ReportProgress command, WorkingGroupDirectory directory, @MetaDataValue("actor") String actor) {
        requireMember(directory, actor);
        requireStatus(EnumSet.of(ACCEPTED, IN_PROGRESS), "accept the assignment before reporting progress");
        if (command.status() == null) {
            throw new InvalidInputException("status", "is required (GREEN, YELLOW or RED)");
        }
        String text = Texts.required("text", command.text());
        apply(new ProgressReported(assignmentId, groupId, command.status(), text, actor, command.reportedOn()));
    }

    @CommandHandler
    void handle(DeliverAssignment command, WorkingGroupDirectory directory, @MetaDataValue("actor") String actor) {
        requireMember(directory, actor);
        requireStatus(EnumSet.of(IN_PROGRESS), "the work starts with a progress report; deliver after that");
        String report = Texts.required("finalReport", command.finalReport());
        apply(new AssignmentDelivered(assignmentId, groupId, report, actor, command.deliveredOn()));
    }

    @CommandHandler
    void handle(GiveFeedback command, @MetaDataValue("actor") String actor) {
        requireStatus(EnumSet.of(DELIVERED), "feedback is given on a delivered assignment");
        if (command.outcome() == null) {
            throw new InvalidInputException("outcome", "is required (COMPLETED or REVISION_REQUESTED)");
        }
        String feedback = Texts.required("feedback", command.feedback());
        apply(new AssignmentFeedbackGiven(assignmentId, groupId, command.outcome(), feedback, actor, command.givenOn()));
    }

    @CommandHandler
    void handle(CancelAssignment command, @MetaDataValue("actor") String actor) {
        requireStatus(EnumSet.of(DRAFTED, ISSUED, ACCEPTED, IN_PROGRESS, DELIVERED),
                "a declined, completed or cancelled assignment cannot be cancelled");
        String reason = Texts.required("reason", command.reason());
        apply(new AssignmentCancelled(assignmentId, groupId, reason, actor, command.cancelledOn()));
    }

    @CommandHandler
    void handle(MarkOverdue command) {
        if (!overdueRaised && OPEN.contains(status) && command.today().isAfter(dueDate)) {
            apply(new AssignmentOverdue(assignmentId, groupId, dueDate, command.today()));
        }
    }

    @CommandHandler
    void handle(RaiseQuestion command, WorkingGroupDirectory directory, @MetaDataValue("actor") String actor) {
        requireMember(directory, actor);
        if (questionIds.contains(command.questionId())) {
            return; // the same question sent again
        }
        requireStatus(QUESTIONS_ALLOWED, "questions are raised on an issued, accepted, ongoing or delivered assignment");
        String subject = Texts.required("subject", command.subject());
        String text = Texts.required("text", command.text());
        apply(new QuestionRaised(command.questionId(), assignmentId, groupId, subject, text, actor, groupName));
    }

    @CommandHandler
    void handle(RecordCaseDecision command) {
        if (decidedCaseIds.contains(command.caseId())) {
            return; // Kafka redelivered the decision
        }
        apply(new CaseDecisionRecorded(assignmentId, groupId, command.questionId(), command.caseId(),
                command.caseNumber(), command.decision(), command.decidedOn()));
    }

    private GroupView activeLag(WorkingGroupDirectory directory, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("groupId", "is required");
        }
        return directory.find(id).filter(GroupView::isActiveLag)
                .orElseThrow(() -> new InvalidInputException("groupId", "must name an active LAG"));
    }

    private void requireMember(WorkingGroupDirectory directory, String actor) {
        boolean member = actor != null && directory.find(groupId).map(g -> g.hasMember(actor)).orElse(false);
        if (!member) {
            throw new NotAGroupMemberException(groupId);
        }
    }

    private void requireStatus(Set<AssignmentStatus> allowed, String needed) {
        if (!allowed.contains(status)) {
            throw new StateConflictException(status.name(), needed);
        }
    }

    private static void requireDueDate(LocalDate dueDate, LocalDate issuedOn) {
        if (dueDate == null) {
            throw new InvalidInputException("dueDate", "is required");
        }
        if (issuedOn != null && dueDate.isBefore(issuedOn)) {
            throw new InvalidInputException("dueDate", "must not be before the day the assignment is issued");
        }
    }

    @EventSourcingHandler
    void on(AssignmentDrafted event) {
        assignmentId = event.assignmentId();
        groupId = event.groupId();
        groupName = event.groupName();
        dueDate = event.dueDate();
        draft = event;
        status = DRAFTED;
    }

    @EventSourcingHandler
    void on(AssignmentIssued event) {
        assignmentId = event.assignmentId();
        groupId = event.groupId();
        groupName = event.groupName();
        dueDate = event.dueDate();
        draft = null;
        status = ISSUED;
    }

    @EventSourcingHandler
    void on(AssignmentAccepted event) {
        status = ACCEPTED;
    }

    @EventSourcingHandler
    void on(AssignmentDeclined event) {
        status = DECLINED;
    }

    @EventSourcingHandler
    void on(ProgressReported event) {
        status = IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(AssignmentDelivered event) {
        status = DELIVERED;
    }

    @EventSourcingHandler
    void on(AssignmentFeedbackGiven event) {
        status = event.outcome() == FeedbackOutcome.COMPLETED ? COMPLETED : IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(AssignmentCancelled event) {
        status = CANCELLED;
    }

    @EventSourcingHandler
    void on(AssignmentOverdue event) {
        overdueRaised = true;
    }

    @EventSourcingHandler
    void on(QuestionRaised event) {
        questionIds.add(event.questionId());
    }

    @EventSourcingHandler
    void on(CaseDecisionRecorded event) {
        decidedCaseIds.add(event.caseId());
    }
}
