package se.rjh.mtp.groups.assignment.projection;

import static se.rjh.mtp.platform.readmodel.ReadModelFields.date;
import static se.rjh.mtp.platform.readmodel.ReadModelFields.entries;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.platform.readmodel.ListBuckets;
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/**
 * Answers from {@link AssignmentProjection}'s documents as {@link AssignmentView}s. A list takes its page of ids from
 * {@link AssignmentBuckets} and reads only those rows, by {@code _id}.
 */
@Component
public class AssignmentQueries {

    private final MongoCollection<Document> assignments;
    private final ListBuckets buckets;

    AssignmentQueries(MongoDatabase database) {
        this.assignments = database.getCollection(AssignmentProjection.COLLECTION);
        this.buckets = AssignmentBuckets.of(database);
    }

    public Optional<AssignmentView> find(String id) {
        return Optional.ofNullable(assignments.find(Filters.eq("_id", id)).first()).map(AssignmentQueries::view);
    }

    /** The last event of the assignment its row has applied: the version {@link #find} shows. */
    public Optional<Long> lastSequence(String id) {
        return VersionedDocuments.lastSequence(assignments, id);
    }

    /** One page of the assignments of a group and/or in a status (either may be null), newest first. */
    public List<AssignmentView> list(String groupId, AssignmentStatus status, int page, int size) {
        List<String> keys = AssignmentBuckets.keys(buckets, groupId, status == null ? null : List.of(status));
        long skip = Math.min((long) page * size, keys.size());
        List<String> ids = keys.subList((int) skip, (int) Math.min(skip + size, keys.size())).stream()
                .map(ListBuckets::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Document> rows = new HashMap<>();
        assignments.find(Filters.in("_id", ids)).forEach(d -> rows.put(d.getString("_id"), d));
        // An assignment issued a moment ago may be in a bucket before its row is read back: it is left out.
        return ids.stream().map(rows::get).filter(Objects::nonNull).map(AssignmentQueries::view).toList();
    }

    private static AssignmentView view(Document d) {
        return new AssignmentView(d.getString("_id"), d.getString("groupId"), d.getString("groupName"),
                d.getString("title"), d.getString("description"), d.getList("deliverables", String.class, List.of()),
                date(d, "dueDate"), d.getString("caseId"), d.getString("followUpId"),
                AssignmentStatus.valueOf(d.getString("status")), d.getBoolean("overdue", false),
                date(d, "overdueSince"), d.getString("issuedBy"), date(d, "issuedOn"), d.getString("acceptedBy"),
                date(d, "acceptedOn"), d.getString("declineReason"), d.getString("declinedBy"),
                entries(d, "progressReports", r -> new AssignmentView.ProgressReport(
                        ProgressStatus.valueOf(r.getString("status")), r.getString("text"), r.getString("reportedBy"),
                        date(r, "reportedOn"))),
                d.getString("finalReport"), d.getString("deliveredBy"), date(d, "deliveredOn"),
                entries(d, "feedback", f -> new AssignmentView.Feedback(FeedbackOutcome.valueOf(f.getString("outcome")),
                        f.getString("feedback"), f.getString("givenBy"), date(f, "givenOn"))),
                d.getString("cancellationReason"), d.getString("cancelledBy"),
                entries(d, "questions", q -> new AssignmentView.Question(q.getString("questionId"),
                        q.getString("subject"), q.getString("text"), q.getString("raisedBy"))),
                entries(d, "decisions", c -> new AssignmentView.Decision(c.getString("questionId"),
                        c.getString("caseId"), c.getString("caseNumber"), c.getString("decision"),
                        date(c, "decidedOn"))));
    }
}
