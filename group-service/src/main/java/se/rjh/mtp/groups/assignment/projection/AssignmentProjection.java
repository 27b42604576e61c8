package se.rjh.mtp.groups.assignment.projection;

import static se.rjh.mtp.platform.readmodel.ReadModelFields.text;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
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
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.CaseDecisionRecorded;
import se.rjh.mtp.api.groups.ProgressReported;
import se.rjh.mtp.api.groups.QuestionRaised;
import se.rjh.mtp.groups.assignment.domain.Assignment;
import se.rjh.mtp.platform.readmodel.BucketedDocuments;
import se.rjh.mtp.platform.readmodel.ListBuckets;
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/**
 * One document per assignment: its status (from {@link AssignmentStatus#after}) and everything said on it, including
 * decisions on its questions. {@link AssignmentQueries} reads it; the deadline job asks {@link #openPastDue}.
 *
 * <p>{@link AssignmentBuckets} says which assignments are in each status and group, so lists and the deadline job
 * read by {@code _id} only; rows and buckets are written together by {@link BucketedDocuments}.
 */
@Component
@ProcessingGroup(AssignmentProjection.GROUP)
public class AssignmentProjection {

    static final String GROUP = "assignments";
    static final String COLLECTION = "assignments";
    static final String BUCKETS = "assignment_buckets";
    /** When the assignment first appeared (drafted or issued): the list's order. */
    static final String CREATED_AT = "createdAt";

    private final MongoCollection<Document> collection;
    private final ListBuckets buckets;
    private final BucketedDocuments documents;

    AssignmentProjection(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        this.buckets = AssignmentBuckets.of(database);
        this.documents = new BucketedDocuments(collection, buckets, AssignmentBuckets::placement,
                AssignmentBuckets.placementFields());
    }

    /**
     * Open assignments past their due date and not yet marked overdue: the deadline job's work list, from the open
     * ones only, newest first.
     */
    public List<String> openPastDue(LocalDate today) {
        List<String> open = AssignmentBuckets.keys(buckets, null, AssignmentStatus.OPEN).stream().map(ListBuckets::id)
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Document> rows = new HashMap<>();
        collection.find(Filters.in("_id", open)).projection(Projections.include("status", "overdue", "dueDate"))
                .forEach(d -> rows.put(d.getString("_id"), d));
        String day = text(today);
        return open.stream().map(rows::get).filter(Objects::nonNull)
                .filter(d -> AssignmentStatus.valueOf(d.getString("status")).open() && !d.getBoolean("overdue", false)
                        && d.getString("dueDate") != null && d.getString("dueDate").compareTo(day) < 0)
                .map(d -> d.getString("_id"))
                .toList();
    }

    @EventHandler
    void on(AssignmentDrafted e, @SequenceNumber long seq, @Timestamp Instant at) {
        documents.apply(e.assignmentId(), seq, d -> created(d, at).append("groupId", e.groupId())
                .append("groupName", e.groupName()).append("title", e.title()).append("description", e.description())
                .append("deliverables", e.deliverables()).append("dueDate", text(e.dueDate()))
                .append("caseId", e.caseId()).append("followUpId", e.followUpId())
                .append("status", statusAfter(e)).append("overdue", false));
    }

    @EventHandler
    void on(AssignmentIssued e, @SequenceNumber long seq, @Timestamp Instant at) {
        documents.apply(e.assignmentId(), seq, d -> created(d, at).append("groupId", e.groupId())
                .append("groupName", e.groupName()).append("title", e.title()).append("description", e.description())
                .append("deliverables", e.deliverables()).append("dueDate", text(e.dueDate()))
                .append("caseId", e.caseId()).append("issuedBy", e.issuedBy()).append("issuedOn", text(e.issuedOn()))
                .append("status", statusAfter(e)).append("overdue", d.getBoolean("overdue", false)));
    }

    @EventHandler
    void on(AssignmentAccepted e, @SequenceNumber long seq) {
        moved(e.assignmentId(), seq, e,
                d -> d.append("acceptedBy", e.acceptedBy()).append("acceptedOn", text(e.acceptedOn())));
    }

    @EventHandler
    void on(AssignmentDeclined e, @SequenceNumber long seq) {
        moved(e.assignmentId(), seq, e,
                d -> d.append("declineReason", e.reason()).append("declinedBy", e.declinedBy()));
    }

    @EventHandler
    void on(ProgressReported e, @SequenceNumber long seq) {
        moved(e.assignmentId(), seq, e, d -> VersionedDocuments.push(d, "progressReports",
                new Document("status", e.status().name()).append("text", e.text())
                        .append("reportedBy", e.reportedBy()).append("reportedOn", text(e.reportedOn()))));
    }

    @EventHandler
    void on(AssignmentDelivered e, @SequenceNumber long seq) {
        moved(e.assignmentId(), seq, e, d -> d.append("finalReport", e.finalReport())
                .append("deliveredBy", e.deliveredBy()).append("deliveredOn", text(e.deliveredOn())));
    }

    @EventHandler
    void on(AssignmentFeedbackGiven e, @SequenceNumber long seq) {
        moved(e.assignmentId(), seq, e, d -> VersionedDocuments.push(d, "feedback",
                new Document("outcome", e.outcome().name()).append("feedback", e.feedback())
                        .append("givenBy", e.givenBy()).append("givenOn", text(e.givenOn()))));
    }

    @EventHandler
    void on(AssignmentCancelled e, @SequenceNumber long seq) {
        moved(e.assignmentId(), seq, e,
                d -> d.append("cancellationReason", e.reason()).append("cancelledBy", e.cancelledBy()));
    }

    @EventHandler
    void on(AssignmentOverdue e, @SequenceNumber long seq) {
        documents.apply(e.assignmentId(), seq,
                d -> d.append("overdue", true).append("overdueSince", text(e.detectedOn())));
    }

    @EventHandler
    void on(QuestionRaised e, @SequenceNumber long seq) {
        documents.apply(e.assignmentId(), seq, d -> VersionedDocuments.push(d, "questions",
                new Document("questionId", e.questionId()).append("subject", e.subject()).append("text", e.text())
                        .append("raisedBy", e.raisedBy())));
    }

    @EventHandler
    void on(CaseDecisionRecorded e, @SequenceNumber long seq) {
        documents.apply(e.assignmentId(), seq, d -> VersionedDocuments.push(d, "decisions",
                new Document("questionId", e.questionId()).append("caseId", e.caseId())
                        .append("caseNumber", e.caseNumber()).append("decision", e.decision())
                        .append("decidedOn", text(e.decidedOn()))));
    }

    /**
     * Any other event of an assignment (a follow-up reported to its case, a mail sent) shows nothing here but moves
     * the row's version, so a read waiting for the row to reach the assignment's last event is not kept waiting. Axon
     * calls the one most specific handler, so the events above never come here.
     */
    @EventHandler
    void on(Object other, DomainEventMessage<?> event) {
        documents.passOver(event, Assignment.class);
    }

    /**
     * An event that moves the assignment on: the row takes the status {@link AssignmentStatus#after} gives, then what
     * the event adds.
     */
    private void moved(String assignmentId, long seq, Object event, Consumer<Document> change) {
        documents.apply(assignmentId, seq, d -> change.accept(d.append("status", statusAfter(event))));
    }

    private static String statusAfter(Object event) {
        return AssignmentStatus.after(event).orElseThrow().name();
    }

    /** Keeps the first appearance: a draft that is later issued stays where it was in the list. */
    private static Document created(Document d, Instant at) {
        if (!d.containsKey(CREATED_AT)) {
            d.append(CREATED_AT, Date.from(at));
        }
        return d;
    }
}
