package se.rjh.mtp.groups.workinggroup.projection;

import static se.rjh.mtp.platform.readmodel.ReadModelFields.text;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.MemberAppointed;
import se.rjh.mtp.api.groups.MembershipEnded;
import se.rjh.mtp.api.groups.WorkingGroupDissolved;
import se.rjh.mtp.api.groups.WorkingGroupEstablished;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroup;
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/**
 * One document per group: its current members and every membership period ever (who was a member when).
 * {@link WorkingGroupQueries} reads it.
 */
@Component
@ProcessingGroup(WorkingGroupProjection.GROUP)
class WorkingGroupProjection {

    static final String GROUP = "working-groups";
    static final String COLLECTION = "working_groups";

    private final VersionedDocuments groups;

    WorkingGroupProjection(MongoDatabase database) {
        this.groups = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    void on(WorkingGroupEstablished e, @SequenceNumber long sequence) {
        groups.apply(e.groupId(), sequence, doc -> doc
                .append("name", e.name())
                .append("kind", e.kind().name())
                .append("mandate", e.mandate())
                .append("parentGroupId", e.parentGroupId())
                .append("establishedOn", text(e.establishedOn()))
                .append("dissolvedOn", null)
                .append("members", List.of())
                .append("membershipHistory", List.of()));
    }

    @EventHandler
    void on(MemberAppointed e, @SequenceNumber long sequence) {
        groups.apply(e.groupId(), sequence, doc -> {
            end(doc, e.userName(), text(e.from()));
            Document member = new Document("userName", e.userName()).append("name", e.name())
                    .append("role", e.role().name()).append("unit", e.unit()).append("from", text(e.from()));
            VersionedDocuments.push(doc, "members", member);
            VersionedDocuments.push(doc, "membershipHistory", new Document(member).append("until", null));
        });
    }

    @EventHandler
    void on(MembershipEnded e, @SequenceNumber long sequence) {
        groups.apply(e.groupId(), sequence, doc -> end(doc, e.userName(), text(e.until())));
    }

    @EventHandler
    void on(WorkingGroupDissolved e, @SequenceNumber long sequence) {
        groups.apply(e.groupId(), sequence, doc -> {
            for (Document member : List.copyOf(doc.getList("members", Document.class, List.of()))) {
                end(doc, member.getString("userName"), text(e.dissolvedOn()));
            }
            doc.append("dissolvedOn", text(e.dissolvedOn())).append("dissolutionReason", e.reason());
        });
    }

    /**
     * Any other event of a group (none yet) moves its document's version, so a read waiting for the document to reach
     * the group's last event is not kept waiting ({@code VersionedResource#projected}).
     */
    @EventHandler
    void on(Object other, DomainEventMessage<?> event) {
        groups.passOver(event, WorkingGroup.class);
    }

    /** Closes the person's open period and removes them from the current members. */
    private static void end(Document doc, String userName, String until) {
        List<Document> members = new ArrayList<>(doc.getList("members", Document.class, List.of()));
        members.removeIf(m -> userName.equals(m.getString("userName")));
        doc.put("members", members);
        List<Document> history = new ArrayList<>(doc.getList("membershipHistory", Document.class, List.of()));
        history.stream().filter(h -> userName.equals(h.getString("userName")) && h.get("until") == null)
                .forEach(h -> h.put("until", until));
        doc.put("membershipHistory", history);
    }
}
