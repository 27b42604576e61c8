package se.rjh.mtp.groups.assignment.projection;

import static se.rjh.mtp.groups.readmodel.ReadModelFields.date;
import static se.rjh.mtp.groups.readmodel.ReadModelFields.entries;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.groups.view.AssignmentView;

/** Answers from {@link AssignmentProjection}'s documents as {@link AssignmentView}s; filters and pages in MongoDB. */
@Component
public class AssignmentQueries {

    private final MongoCollection<Document> assignments;

    AssignmentQueries(MongoDatabase database) {
        this.assignments = database.getCollection(AssignmentProjection.COLLECTION);
        assignments.createIndex(Indexes.compoundIndex(Indexes.ascending("groupId", "status"),
                Indexes.descending(AssignmentProjection.CREATED_AT)));
    }

    public Optional<AssignmentView> find(String id) {
        return Optional.ofNullable(assignments.find(Filters.eq("_id", id)).first()).map(AssignmentQueries::view);
    }

    /** One page of the assignments of a group and/or in a status (either may be null), newest first. */
    public List<AssignmentView> list(String groupId, AssignmentStatus status, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        if (groupId != null) {
            filters.add(Filters.eq("groupId", groupId));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        return assignments.find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .sort(Sorts.orderBy(Sorts.descending(AssignmentProjection.CREATED_AT), Sorts.ascending("_id")))
                .skip((int) Math.min((long) page * size, Integer.MAX_VALUE))
                .limit(size)
                .map(AssignmentQueries::view)
                .into(new ArrayList<>());
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
