package se.rjh.mtp.groups.distribution.projection;

import static se.rjh.mtp.platform.readmodel.ReadModelFields.date;
import static se.rjh.mtp.platform.readmodel.ReadModelFields.entries;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DistributionSubjectKind;
import se.rjh.mtp.api.groups.view.AcknowledgementRequestView;
import se.rjh.mtp.api.groups.view.AcknowledgementStatus;
import se.rjh.mtp.api.groups.view.DistributionView;
import se.rjh.mtp.groups.distribution.link.AcknowledgementLinks;

/** Answers from {@link DistributionProjection}'s documents, each unit with its (recomputed) personal link. */
@Component
public class DistributionQueries {

    private final MongoCollection<Document> distributions;
    private final AcknowledgementLinks links;

    DistributionQueries(MongoDatabase database, AcknowledgementLinks links) {
        this.distributions = database.getCollection(DistributionProjection.COLLECTION);
        this.links = links;
    }

    public Optional<DistributionView> find(String id) {
        return Optional.ofNullable(distributions.find(Filters.eq("_id", id)).first()).map(this::view);
    }

    /** One page of distributions, newest first. */
    public List<DistributionView> list(int page, int size) {
        return distributions.find().sort(Sorts.descending(DistributionProjection.CREATED_AT)).skip(page * size)
                .limit(size).into(new ArrayList<>()).stream().map(this::view).toList();
    }

    /** What the unit's link shows: the distribution as that one unit sees it, without the other units. */
    public Optional<AcknowledgementRequestView> forUnit(String distributionId, String unitId) {
        Document d = distributions.find(Filters.eq("_id", distributionId)).first();
        if (d == null) {
            return Optional.empty();
        }
        return d.getList("units", Document.class, List.of()).stream().filter(u -> unitId.equals(u.getString("unitId")))
                .findFirst().map(u -> new AcknowledgementRequestView(distributionId, unitId, u.getString("unitName"),
                        DistributionSubjectKind.valueOf(d.getString("subjectKind")), d.getString("subjectReference"),
                        d.getString("subjectTitle"), d.getString("message"), date(d, "acknowledgeBy"),
                        AcknowledgementStatus.valueOf(u.getString("status")), response(u), u.getString("comment"),
                        instant(u, "acknowledgedAt")));
    }

    private DistributionView view(Document d) {
        String id = d.getString("_id");
        LocalDate acknowledgeBy = date(d, "acknowledgeBy");
        return new DistributionView(id, DistributionSubjectKind.valueOf(d.getString("subjectKind")),
                d.getString("subjectId"), d.getString("subjectReference"), d.getString("subjectTitle"),
                acknowledgeBy, d.getString("message"), d.getString("distributedBy"), date(d, "distributedOn"),
                entries(d, "units", u -> new DistributionView.UnitAcknowledgement(u.getString("unitId"),
                        u.getString("unitName"), u.getString("contactEmail"),
                        AcknowledgementStatus.valueOf(u.getString("status")), response(u), u.getString("comment"),
                        instant(u, "acknowledgedAt"), date(u, "overdueSince"),
                        links.linkFor(id, u.getString("unitId"), acknowledgeBy))));
    }

    private static AcknowledgementResponse response(Document unit) {
        String response = unit.getString("response");
        return response == null ? null : AcknowledgementResponse.valueOf(response);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
