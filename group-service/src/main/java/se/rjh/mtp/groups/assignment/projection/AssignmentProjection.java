package se.rjh.mtp.groups.assignment.projection;

import static se.rjh.mtp.groups.readmodel.ReadModelFields.text;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
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
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/**
 * One document per assignment: its status (from {@link AssignmentStatus#after}) and everything said on it, including
 * decisions on its questions. {@link AssignmentQueries} reads it; the deadline job asks {@link #openPastDue}.
 *
 * <p>{@link AssignmentBuckets} says which assignments are in each status and group, so lists and the deadline job
 * read by {@code _id} only. The buckets are written after the row: a crash between the two leaves a row whose last
 * event is redelivered, and then the buckets are put where the row says ({@link #placeAgainIfLast}).
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
    private final VersionedDocuments documents;
    private final AssignmentBuckets buckets;

    AssignmentProjection(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        this.documents = new VersionedDocuments(collection);
        this.buckets = new AssignmentBuckets(database.getCollection(BUCKETS));
        fillBucketsOfOlderRows();
    }

    /**
     * A read model written before the buckets existed has rows and no buckets, and its processor is past those
     * events: the buckets are filled from the rows once, before the processor starts.
     */
    private void fillBucketsOfOlderRows() {
        if (buckets.isEmpty() && collection.find().first() != null) {
            List<AssignmentBuckets.Move> created = new ArrayList<>();
            for (Document row : collection.find().projection(Projections.include(CREATED_AT, "groupId", "status"))) {
                if (status(row) != null) {
                    created.add(new AssignmentBuckets.Move(key(row), row.getString("groupId"), null, status(row)));
                }
            }
            buckets.fill(created);
        }
    }

    /**
     * Open assignments past their due date and not yet marked overdue: the deadline job's work list, from the open
     * ones only, newest first.
     */
    public List<String> openPastDue(LocalDate today) {
        List<String> open = buckets.keys(null, AssignmentStatus.OPEN).stream().map(AssignmentBuckets::assignmentId)
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
        apply(e.assignmentId(), seq, d -> created(d, at).append("groupId", e.groupId())
                .append("groupName", e.groupName()).append("title", e.title()).append("description", e.description())
                .append("deliverables", e.deliverables()).append("dueDate", text(e.dueDate()))
                .append("caseId", e.caseId()).append("followUpId", e.followUpId())
                .append("status", statusAfter(e)).append("overdue", false));
    }

    @EventHandler
    void on(AssignmentIssued e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.assignmentId(), seq, d -> created(d, at).append("groupId", e.groupId())
                .append("groupName", e.groupName()).append("title", e.title()).append("description", e.description())
                .append("deliverables", e.deliverables()).append("dueDate", text(e.dueDate()))
                .append("caseId", e.caseId()).append("issuedBy", e.issuedBy()).append("issuedOn", text(e.issuedOn()))
                .append("status", statusAfter(e)).append("overdue", d.getBoolean("overdue", false)));
    }

    @EventHandler
    void on(AssignmentAccepted e, @SequenceNumber long seq) {
        apply(e.assignmentId(), seq, d -> d.append("status", statusAfter(e))
                .append("acceptedBy", e.acceptedBy()).append("acceptedOn", text(e.acceptedOn())));
    }

    @EventHandler
    void on(AssignmentDeclined e, @SequenceNumber long seq) {
        apply(e.assignmentId(), seq, d -> d.append("status", statusAfter(e))
                .append("declineReason", e.reason()).append("declinedBy", e.declinedBy()));
    }

    @EventHandler
    void on(ProgressReported e, @SequenceNumber long seq) {
        apply(e.assignmentId(), seq, d -> {
            d.append("status", statusAfter(e));
            VersionedDocuments.push(d, "progressReports", new Document("status", e.status().name())
                    .append("text", e.text()).append("reportedBy", e.reportedBy()).append("reportedOn", text(e.reportedOn())));
        });
    }

    @EventHandler
    void on(AssignmentDelivered e, @SequenceNumber long seq) {
        apply(e.assignmentId(), seq, d -> d.append("status", statusAfter(e))
                .append("finalReport", e.finalReport()).append("deliveredBy", e.deliveredBy())
                .append("deliveredOn", text(e.deliveredOn())));
    }

    @EventHandler
    void on(AssignmentFeedbackGiven e, @SequenceNumber long seq) {
        apply(e.assignmentId(), seq, d -> {
            d.append("status", statusAfter(e));
            VersionedDocuments.push(d, "feedback", new Document("outcome", e.outcome().name())
                    .append("feedback", e.feedback()).append("givenBy", e.givenBy()).append("givenOn", text(e.givenOn())));
        });
    }

    @EventHandler
    void on(AssignmentCancelled e, @SequenceNumber long seq) {
        apply(e.assignmentId(), seq, d -> d.append("status", statusAfter(e))
                .append("cancellationReason", e.reason()).append("cancelledBy", e.cancelledBy()));
    }

    @EventHandler
    void on(AssignmentOverdue e, @SequenceNumber long seq) {
        apply(e.assignmentId(), seq, d -> d.append("overdue", true).append("overdueSince", text(e.detectedOn())));
    }

    @EventHandler
    void on(QuestionRaised e, @SequenceNumber long seq) {
        apply(e.assignmentId(), seq, d -> VersionedDocuments.push(d, "questions",
                new Document("questionId", e.questionId()).append("subject", e.subject()).append("text", e.text())
                        .append("raisedBy", e.raisedBy())));
    }

    @EventHandler
    void on(CaseDecisionRecorded e, @SequenceNumber long seq) {
        apply(e.assignmentId(), seq, d -> VersionedDocuments.push(d, "decisions",
                new Document("questionId", e.questionId()).append("caseId", e.caseId())
                        .append("caseNumber", e.caseNumber()).append("decision", e.decision())
                        .append("decidedOn", text(e.decidedOn()))));
    }

    /** Writes the row, then moves the assignment between the buckets if its status changed. */
    private void apply(String id, long sequence, Consumer<Document> change) {
        AssignmentBuckets.Move[] moved = new AssignmentBuckets.Move[1];
        documents.apply(id, sequence, d -> {
            AssignmentStatus left = status(d);
            change.accept(d);
            moved[0] = new AssignmentBuckets.Move(key(d), d.getString("groupId"), left, status(d));
        });
        if (moved[0] != null) {
            buckets.apply(moved[0]);
        } else {
            placeAgainIfLast(id, sequence);
        }
    }

    /**
     * A redelivered event whose row is already written: if it is the row's last event, its buckets may not have been
     * written (the service stopped in between), so they are put where the row says. A later event has placed them.
     */
    private void placeAgainIfLast(String id, long sequence) {
        Document row = collection.find(Filters.eq("_id", id)).first();
        if (row != null && row.get("lastSequence", -1L) == sequence && status(row) != null) {
            buckets.repair(key(row), row.getString("groupId"), status(row));
        }
    }

    private static AssignmentStatus status(Document d) {
        String status = d.getString("status");
        return status == null ? null : AssignmentStatus.valueOf(status);
    }

    private static String key(Document d) {
        Date created = d.getDate(CREATED_AT);
        return AssignmentBuckets.key(created == null ? 0 : created.getTime(), d.getString("_id"));
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
