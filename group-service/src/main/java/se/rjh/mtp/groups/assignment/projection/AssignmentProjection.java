package se.rjh.mtp.groups.assignment.projection;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
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
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/** One document per assignment: its status and everything said on it, including decisions on its questions. */
@Component
@ProcessingGroup(AssignmentProjection.GROUP)
public class AssignmentProjection {

    static final String GROUP = "assignments";
    private static final Set<String> OPEN = Set.of("ISSUED", "ACCEPTED", "IN_PROGRESS");

    private final VersionedDocuments assignments;

    AssignmentProjection(MongoDatabase database) {
        this.assignments = new VersionedDocuments(database.getCollection("assignments"));
    }

    public VersionedDocuments documents() {
        return assignments;
    }

    /** Open assignments whose due date has passed and that were not yet marked overdue: the deadline job's work list. */
    public List<String> openPastDue(LocalDate today) {
        return assignments.all().stream()
                .filter(d -> OPEN.contains(d.getString("status")) && !d.getBoolean("overdue", false))
                .filter(d -> d.getString("dueDate") != null && today.isAfter(LocalDate.parse(d.getString("dueDate"))))
                .map(d -> d.getString("id"))
                .toList();
    }

    @EventHandler
    void on(AssignmentDrafted e, @SequenceNumber long seq) {
        assignments.apply(e.assignmentId(), seq, d -> d.append("groupId", e.groupId()).append("groupName", e.groupName())
                .append("title", e.title()).append("description", e.description())
                .append("deliverables", e.deliverables()).append("dueDate", text(e.dueDate()))
                .append("caseId", e.caseId()).append("followUpId", e.followUpId())
                .append("status", "DRAFTED").append("overdue", false));
    }

    @EventHandler
    void on(AssignmentIssued e, @SequenceNumber long seq) {
        assignments.apply(e.assignmentId(), seq, d -> d.append("groupId", e.groupId()).append("groupName", e.groupName())
                .append("title", e.title()).append("description", e.description())
                .append("deliverables", e.deliverables()).append("dueDate", text(e.dueDate()))
                .append("caseId", e.caseId()).append("issuedBy", e.issuedBy()).append("issuedOn", text(e.issuedOn()))
                .append("status", "ISSUED").append("overdue", d.getBoolean("overdue", false)));
    }

    @EventHandler
    void on(AssignmentAccepted e, @SequenceNumber long seq) {
        assignments.apply(e.assignmentId(), seq, d -> d.append("status", "ACCEPTED")
                .append("acceptedBy", e.acceptedBy()).append("acceptedOn", text(e.acceptedOn())));
    }

    @EventHandler
    void on(AssignmentDeclined e, @SequenceNumber long seq) {
        assignments.apply(e.assignmentId(), seq, d -> d.append("status", "DECLINED")
                .append("declineReason", e.reason()).append("declinedBy", e.declinedBy()));
    }

    @EventHandler
    void on(ProgressReported e, @SequenceNumber long seq) {
        assignments.apply(e.assignmentId(), seq, d -> {
            d.append("status", "IN_PROGRESS");
            VersionedDocuments.push(d, "progressReports", new Document("status", e.status().name())
                    .append("text", e.text()).append("reportedBy", e.reportedBy()).append("reportedOn", text(e.reportedOn())));
        });
    }

    @EventHandler
    void on(AssignmentDelivered e, @SequenceNumber long seq) {
        assignments.apply(e.assignmentId(), seq, d -> d.append("status", "DELIVERED")
                .append("finalReport", e.finalReport()).append("deliveredBy", e.deliveredBy())
                .append("deliveredOn", text(e.deliveredOn())));
    }

    @EventHandler
    void on(AssignmentFeedbackGiven e, @SequenceNumber long seq) {
        assignments.apply(e.assignmentId(), seq, d -> {
            d.append("status", e.outcome() == FeedbackOutcome.COMPLETED ? "COMPLETED" : "IN_PROGRESS");
            VersionedDocuments.push(d, "feedback", new Document("outcome", e.outcome().name())
                    .append("feedback", e.feedback()).append("givenBy", e.givenBy()).append("givenOn", text(e.givenOn())));
        });
    }

    @EventHandler
    void on(AssignmentCancelled e, @SequenceNumber long seq) {
        assignments.apply(e.assignmentId(), seq, d -> d.append("status", "CANCELLED")
                .append("cancellationReason", e.reason()).append("cancelledBy", e.cancelledBy()));
    }

    @EventHandler
    void on(AssignmentOverdue e, @SequenceNumber long seq) {
        assignments.apply(e.assignmentId(), seq, d -> d.append("overdue", true).append("overdueSince", text(e.detectedOn())));
    }

    @EventHandler
    void on(QuestionRaised e, @SequenceNumber long seq) {
        assignments.apply(e.assignmentId(), seq, d -> VersionedDocuments.push(d, "questions",
                new Document("questionId", e.questionId()).append("subject", e.subject()).append("text", e.text())
                        .append("raisedBy", e.raisedBy())));
    }

    @EventHandler
    void on(CaseDecisionRecorded e, @SequenceNumber long seq) {
        assignments.apply(e.assignmentId(), seq, d -> VersionedDocuments.push(d, "decisions",
                new Document("questionId", e.questionId()).append("caseId", e.caseId())
                        .append("caseNumber", e.caseNumber()).append("decision", e.decision())
                        .append("decidedOn", text(e.decidedOn()))));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
