package se.rjh.mtp.groups.distribution.projection;

import static se.rjh.mtp.platform.readmodel.ReadModelFields.text;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.DecisionDistributed;
import se.rjh.mtp.api.groups.DistributionAcknowledged;
import se.rjh.mtp.api.groups.DistributionAcknowledgementOverdue;
import se.rjh.mtp.api.groups.UnitAskedToAcknowledge;
import se.rjh.mtp.api.groups.view.AcknowledgementStatus;
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/**
 * One document per distribution, its units in the order asked, each with its status. {@code waiting} says whether
 * any unit still has neither acknowledged nor been marked overdue: the deadline scan reads only those.
 */
@Component
@ProcessingGroup(DistributionProjection.GROUP)
public class DistributionProjection {

    static final String GROUP = "distributions";
    static final String COLLECTION = "distributions";
    static final String CREATED_AT = "createdAt";

    /** A unit that still owes its acknowledgement on a day past the acknowledgement date. */
    public record PastDue(String distributionId, String unitId) {
    }

    private final MongoCollection<Document> collection;
    private final VersionedDocuments documents;

    DistributionProjection(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        this.collection.createIndex(Indexes.descending(CREATED_AT));
        this.documents = new VersionedDocuments(collection);
    }

    /** The units past the acknowledgement date without acknowledgement or overdue mark: the deadline scan's list. */
    public List<PastDue> waitingPastDue(LocalDate today) {
        List<PastDue> due = new ArrayList<>();
        collection.find(Filters.and(Filters.eq("waiting", true), Filters.lt("acknowledgeBy", text(today))))
                .projection(Projections.include("units"))
                .forEach(d -> d.getList("units", Document.class, List.of()).stream()
                        .filter(u -> AcknowledgementStatus.WAITING.name().equals(u.getString("status")))
                        .forEach(u -> due.add(new PastDue(d.getString("_id"), u.getString("unitId")))));
        return due;
    }

    @EventHandler
    void on(DecisionDistributed e, @SequenceNumber long seq, @Timestamp Instant at) {
        documents.apply(e.distributionId(), seq, d -> d.append(CREATED_AT, Date.from(at))
                .append("subjectKind", e.subjectKind().name()).append("subjectId", e.subjectId())
                .append("subjectReference", e.subjectReference()).append("subjectTitle", e.subjectTitle())
                .append("acknowledgeBy", text(e.acknowledgeBy())).append("message", e.message())
                .append("distributedBy", e.distributedBy()).append("distributedOn", text(e.distributedOn()))
                .append("units", List.of()).append("waiting", false));
    }

    @EventHandler
    void on(UnitAskedToAcknowledge e, @SequenceNumber long seq) {
        documents.apply(e.distributionId(), seq, d -> {
            VersionedDocuments.push(d, "units", new Document("unitId", e.unitId()).append("unitName", e.unitName())
                    .append("contactEmail", e.contactEmail()).append("status", AcknowledgementStatus.WAITING.name()));
            d.put("waiting", true);
        });
    }

    @EventHandler
    void on(DistributionAcknowledged e, @SequenceNumber long seq) {
        documents.apply(e.distributionId(), seq, d -> unit(d, e.unitId(), u -> u
                .append("status", AcknowledgementStatus.ACKNOWLEDGED.name()).append("response", e.response().name())
                .append("comment", e.comment()).append("acknowledgedAt", Date.from(e.acknowledgedAt()))));
    }

    @EventHandler
    void on(DistributionAcknowledgementOverdue e, @SequenceNumber long seq) {
        documents.apply(e.distributionId(), seq, d -> unit(d, e.unitId(), u -> u
                .append("status", AcknowledgementStatus.OVERDUE.name()).append("overdueSince", text(e.detectedOn()))));
    }

    /** Changes one unit's entry and whether any unit is still waiting. */
    private static void unit(Document d, String unitId, Consumer<Document> change) {
        List<Document> units = new ArrayList<>(d.getList("units", Document.class, List.of()));
        units.stream().filter(u -> unitId.equals(u.getString("unitId"))).forEach(change);
        d.put("units", units);
        d.put("waiting", units.stream().anyMatch(u -> AcknowledgementStatus.WAITING.name().equals(u.getString("status"))));
    }
}
