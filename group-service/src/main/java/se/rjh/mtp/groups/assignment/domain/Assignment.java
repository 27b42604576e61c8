package se.rjh.mtp.groups.assignment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.rjh.mtp.api.common.MetadataKeys.ACTOR;
import static se.rjh.mtp.api.groups.AssignmentStatus.ACCEPTED;
import static se.rjh.mtp.api.groups.AssignmentStatus.DELIVERED;
import static se.rjh.mtp.api.groups.AssignmentStatus.DRAFTED;
import static se.rjh.mtp.api.groups.AssignmentStatus.IN_PROGRESS;
import static se.rjh.mtp.api.groups.AssignmentStatus.ISSUED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.common.ActionNotPermittedException;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;

import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.api.common.SentNotifications;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.groups.AssignmentAccepted;
import se.rjh.mtp.api.groups.AssignmentCancelled;
import se.rjh.mtp.api.groups.AssignmentDeclined;
import se.rjh.mtp.api.groups.AssignmentDelivered;
import se.rjh.mtp.api.groups.AssignmentDrafted;
import se.rjh.mtp.api.groups.AssignmentFeedbackGiven;
import se.rjh.mtp.api.groups.AssignmentFollowUpReported;
import se.rjh.mtp.api.groups.AssignmentIssued;
import se.rjh.mtp.api.groups.AssignmentOverdue;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.CaseDecisionRecorded;
import se.rjh.mtp.api.groups.ProgressReported;
import se.rjh.mtp.api.groups.QuestionRaised;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.AcceptAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.CancelAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DeclineAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DeliverAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DraftAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DraftWrittenAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.GiveFeedback;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.IssueAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.IssueDraftedAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.MarkOverdue;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.RaiseQuestion;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.RecordCaseDecision;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.ReportProgress;
import se.rjh.mtp.groups.workinggroup.domain.GroupEntry;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupDirectory;

/**
 * A written assignment from the LSG to one LAG. Role checks (chair or LAG member) happen at the HTTP edge; the rule
 * that only a member of THIS LAG may act for it needs the group, so it is checked here through the directory.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("1")
public class Assignment {

    /** The most deliverables an assignment may list; the request records state the same limit. */
    public static final int MAX_DELIVERABLES = 50;
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
    /** The case follow-up this assignment carries out, if a decision drafted it; reported once, when it ends. */
    private String followUpCaseId;
    private String followUpId;
    private boolean followUpReported;

    protected Assignment() {
        // for Axon
    }

    @CommandHandler
    public Assignment(IssueAssignment command, WorkingGroupDirectory directory, @MetaDataValue(ACTOR) String actor) {
        WrittenTerms terms = WrittenTerms.of(directory, command.groupId(), command.title(), command.description(),
                command.deliverables(), command.dueDate(), command.issuedOn(), command.caseId());
        apply(new AssignmentIssued(command.assignmentId(), terms.group().groupId(), terms.group().name(),
                terms.title(), terms.description(), terms.deliverables(), command.dueDate(), terms.caseId(), actor,
                command.issuedOn()));
    }

    /**
     * The chair writes an assignment and keeps it as a draft, to issue later: the same rules as issuing it at once,
     * and no decision's follow-up behind it.
     */
    @CommandHandler
    public Assignment(DraftWrittenAssignment command, WorkingGroupDirectory directory) {
        WrittenTerms terms = WrittenTerms.of(directory, command.groupId(), command.title(), command.description(),
                command.deliverables(), command.dueDate(), command.draftedOn(), command.caseId());
        apply(new AssignmentDrafted(command.assignmentId(), terms.group().groupId(), terms.group().name(),
                terms.title(), terms.description(), terms.deliverables(), command.dueDate(), terms.caseId(), null));
    }

    /** What the chair writes, checked once for an assignment issued at once and for one kept as a draft. */
    private record WrittenTerms(GroupEntry group, String title, String description, List<String> deliverables,
                                String caseId) {

        static WrittenTerms of(WorkingGroupDirectory directory, String groupId, String title, String description,
                               List<String> deliverables, LocalDate dueDate, LocalDate today, String caseId) {
            GroupEntry group = activeLag(directory, groupId);
            String checkedTitle = TextRules.required("title", title, TextRules.LINE);
            String checkedDescription = TextRules.required("description", description, TextRules.TEXT);
            List<String> checkedDeliverables = Assignment.deliverables(
                    TextRules.requiredLines("deliverables", deliverables, TextRules.PARAGRAPH));
            requireDueDate(dueDate, today);
            return new WrittenTerms(group, checkedTitle, checkedDescription, checkedDeliverables,
                    TextRules.optional("caseId", caseId, TextRules.CODE));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DraftAssignment command, WorkingGroupDirectory directory) {
        if (assignmentId != null) {
            return; // this follow-up was drafted (or reported not possible) already: a redelivery changes nothing
        }
        TextRules.identifier("assignmentId", command.assignmentId());
        Optional<GroupEntry> lag = command.groupId() == null ? Optional.empty()
                : directory.find(command.groupId()).filter(GroupEntry::isActiveLag);
        if (lag.isEmpty()) {
            apply(new AssignmentFollowUpReported(command.assignmentId(), command.groupId(), command.caseId(),
                    command.followUpId(), FollowUpOutcome.NOT_POSSIBLE,
                    "Det finns ingen aktiv LAG med id " + command.groupId() + ".", command.draftedOn()));
            return;
        }
        GroupEntry group = lag.get();
        String title = TextRules.required("title", command.title(), TextRules.LINE);
        String description = TextRules.optional("description", command.description(), TextRules.TEXT);
        List<String> deliverables = deliverables(TextRules.optionalLines("deliverables", command.deliverables(),
                TextRules.PARAGRAPH));
        apply(new AssignmentDrafted(command.assignmentId(), group.groupId(), group.name(), title, description,
                deliverables, command.dueDate(), command.caseId(), command.followUpId()));
    }

    @CommandHandler
    void handle(IssueDraftedAssignment command, WorkingGroupDirectory directory, @MetaDataValue(ACTOR) String actor) {
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
    void handle(AcceptAssignment command, WorkingGroupDirectory directory, @MetaDataValue(ACTOR) String actor) {
        requireLagAction(directory, actor, EnumSet.of(ISSUED), "only an issued assignment can be accepted");
        apply(new AssignmentAccepted(assignmentId, groupId, actor, command.acceptedOn()));
    }

    @CommandHandler
    void handle(DeclineAssignment command, WorkingGroupDirectory directory, @MetaDataValue(ACTOR) String actor) {
        requireLagAction(directory, actor, EnumSet.of(ISSUED), "only an issued assignment can be declined");
        String reason = TextRules.required("reason", command.reason(), TextRules.PARAGRAPH);
        apply(new AssignmentDeclined(assignmentId, groupId, reason, actor, command.declinedOn()));
        reportFollowUp(FollowUpOutcome.NOT_POSSIBLE, "LAG:en avböjde uppdraget: " + reason, command.declinedOn());
    }

    @CommandHandler
    void handle(ReportProgress command, WorkingGroupDirectory directory, @MetaDataValue(ACTOR) String actor) {
        requireLagAction(directory, actor, EnumSet.of(ACCEPTED, IN_PROGRESS),
                "accept the assignment before reporting progress");
        TextRules.present("status", command.status());
        String text = TextRules.required("text", command.text(), TextRules.TEXT);
        apply(new ProgressReported(assignmentId, groupId, command.status(), text, actor, command.reportedOn()));
    }

    @CommandHandler
    void handle(DeliverAssignment command, WorkingGroupDirectory directory, @MetaDataValue(ACTOR) String actor) {
        requireLagAction(directory, actor, EnumSet.of(IN_PROGRESS),
                "the work starts with a progress report; deliver after that");
        String report = TextRules.required("finalReport", command.finalReport(), TextRules.TEXT);
        apply(new AssignmentDelivered(assignmentId, groupId, report, actor, command.deliveredOn()));
    }

    @CommandHandler
    void handle(GiveFeedback command, @MetaDataValue(ACTOR) String actor) {
        requireStatus(EnumSet.of(DELIVERED), "feedback is given on a delivered assignment");
        TextRules.present("outcome", command.outcome());
        String feedback = TextRules.required("feedback", command.feedback(), TextRules.TEXT);
        apply(new AssignmentFeedbackGiven(assignmentId, groupId, command.outcome(), feedback, actor, command.givenOn()));
        if (status == AssignmentStatus.COMPLETED) {
            reportFollowUp(FollowUpOutcome.DONE, null, command.givenOn());
        }
    }

    @CommandHandler
    void handle(CancelAssignment command, @MetaDataValue(ACTOR) String actor) {
        requireStatus(EnumSet.of(DRAFTED, ISSUED, ACCEPTED, IN_PROGRESS, DELIVERED),
                "a declined, completed or cancelled assignment cannot be cancelled");
        String reason = TextRules.required("reason", command.reason(), TextRules.PARAGRAPH);
        apply(new AssignmentCancelled(assignmentId, groupId, reason, actor, command.cancelledOn()));
        reportFollowUp(FollowUpOutcome.NOT_POSSIBLE, "Uppdraget avbröts: " + reason, command.cancelledOn());
    }

    @CommandHandler
    void handle(MarkOverdue command) {
        if (!overdueRaised && status != null && status.open() && command.today().isAfter(dueDate)) {
            apply(new AssignmentOverdue(assignmentId, groupId, dueDate, command.today()));
        }
    }

    @CommandHandler
    void handle(RaiseQuestion command, WorkingGroupDirectory directory, @MetaDataValue(ACTOR) String actor) {
        requireMember(directory, actor);
        if (questionIds.contains(command.questionId())) {
            return; // the same question sent again
        }
        requireStatus(QUESTIONS_ALLOWED, "questions are raised on an issued, accepted, ongoing or delivered assignment");
        String subject = TextRules.required("subject", command.subject(), TextRules.LINE);
        String text = TextRules.required("text", command.text(), TextRules.TEXT);
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

    /** The end of an assignment drafted from a case's follow-up goes back to the case, once. */
    private void reportFollowUp(FollowUpOutcome outcome, String reason, LocalDate on) {
        if (followUpId != null && !followUpReported) {
            apply(new AssignmentFollowUpReported(assignmentId, groupId, followUpCaseId, followUpId, outcome,
                    TextRules.shortened(reason, TextRules.PARAGRAPH), on));
        }
    }

    private static List<String> deliverables(List<String> deliverables) {
        if (deliverables.size() > MAX_DELIVERABLES) {
            throw new InvalidInputException("deliverables", "must name at most " + MAX_DELIVERABLES + " deliverables");
        }
        return deliverables;
    }

    private static GroupEntry activeLag(WorkingGroupDirectory directory, String id) {
        return directory.find(TextRules.identifier("groupId", id)).filter(GroupEntry::isActiveLag)
                .orElseThrow(() -> new InvalidInputException("groupId", "must name an active LAG"));
    }

    /** What the LAG does on its assignment: a current member of the LAG acts, on the assignment in a state allowed. */
    private void requireLagAction(WorkingGroupDirectory directory, String actor, Set<AssignmentStatus> allowed,
                                  String needed) {
        requireMember(directory, actor);
        requireStatus(allowed, needed);
    }

    private void requireMember(WorkingGroupDirectory directory, String actor) {
        boolean member = actor != null && directory.find(groupId).map(g -> g.hasMember(actor)).orElse(false);
        if (!member) {
            throw new ActionNotPermittedException("Only a current member of " + groupId + " may do this.");
        }
    }

    private void requireStatus(Set<AssignmentStatus> allowed, String needed) {
        if (status == null) {
            // Only a follow-up reported not possible: there never was an assignment, as its (absent) view says.
            throw new NotFoundException("assignment", assignmentId);
        }
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
        takeTerms(event.assignmentId(), event.groupId(), event.groupName(), event.dueDate());
        draft = event;
        followUpCaseId = event.caseId();
        followUpId = event.followUpId();
        status = AssignmentStatus.after(event).orElseThrow();
    }

    @EventSourcingHandler
    void on(AssignmentIssued event) {
        takeTerms(event.assignmentId(), event.groupId(), event.groupName(), event.dueDate());
        draft = null;
        status = AssignmentStatus.after(event).orElseThrow();
    }

    /** What a draft and an issued assignment both state; the issue may have moved the due date. */
    private void takeTerms(String assignmentId, String groupId, String groupName, LocalDate dueDate) {
        this.assignmentId = assignmentId;
        this.groupId = groupId;
        this.groupName = groupName;
        this.dueDate = dueDate;
    }

    /**
     * Accepted, declined, progress, delivered, feedback, cancelled: the events that change only the status, as
     * {@link AssignmentStatus#after} says. Axon calls the one most specific handler for an event, as Java's overloading
     * would, so the events with a handler of their own never come here.
     */
    @EventSourcingHandler
    void on(Object event) {
        status = AssignmentStatus.after(event).orElseThrow();
    }

    @EventSourcingHandler
    void on(AssignmentOverdue event) {
        overdueRaised = true;
    }

    @EventSourcingHandler
    void on(QuestionRaised event) {
        questionIds.add(event.questionId());
    }

    /** Also the only event of a follow-up that named no active LAG: it keeps a redelivered decision from acting. */
    @EventSourcingHandler
    void on(AssignmentFollowUpReported event) {
        assignmentId = event.assignmentId();
        followUpReported = true;
    }

    @EventSourcingHandler
    void on(CaseDecisionRecorded event) {
        decidedCaseIds.add(event.caseId());
    }

    /** Each e-mail sent about this assignment, recorded by the platform's notifier (RecordNotificationSent). */
    @AggregateMember
    private final SentNotifications notifications = new SentNotifications();

    /** Not a status change: without this the catch-all handler above would take it for one. */
    @EventSourcingHandler
    void on(NotificationSent event) {
        // recorded by the member
    }
}
