package se.rjh.mtp.groups.workinggroup.projection;

import static se.rjh.mtp.platform.readmodel.ReadModelFields.date;
import static se.rjh.mtp.platform.readmodel.ReadModelFields.entries;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/** Answers from {@link WorkingGroupProjection}'s documents as {@link WorkingGroupView}s. */
@Component
public class WorkingGroupQueries {

    private final MongoCollection<Document> groups;

    WorkingGroupQueries(MongoDatabase database) {
        this.groups = database.getCollection(WorkingGroupProjection.COLLECTION);
    }

    /** Every group, in the order they were established; there are a handful, so no paging. */
    public List<WorkingGroupView> all() {
        return groups.find().map(WorkingGroupQueries::view).into(new ArrayList<>());
    }

    public Optional<WorkingGroupView> find(String groupId) {
        return Optional.ofNullable(groups.find(Filters.eq("_id", groupId)).first()).map(WorkingGroupQueries::view);
    }

    /** The last event of the group its document has applied: the version {@link #find} shows. */
    public Optional<Long> lastSequence(String groupId) {
        return VersionedDocuments.lastSequence(groups, groupId);
    }

    private static WorkingGroupView view(Document d) {
        return new WorkingGroupView(d.getString("_id"), d.getString("name"), GroupKind.valueOf(d.getString("kind")),
                d.getString("mandate"), d.getString("parentGroupId"), date(d, "establishedOn"),
                date(d, "dissolvedOn"), d.getString("dissolutionReason"),
                entries(d, "members", m -> new WorkingGroupView.Member(m.getString("userName"), m.getString("name"),
                        MemberRole.valueOf(m.getString("role")), m.getString("unit"), date(m, "from"))),
                entries(d, "membershipHistory", h -> new WorkingGroupView.MembershipPeriod(h.getString("userName"),
                        h.getString("name"), MemberRole.valueOf(h.getString("role")), h.getString("unit"),
                        date(h, "from"), date(h, "until"))));
    }
}
