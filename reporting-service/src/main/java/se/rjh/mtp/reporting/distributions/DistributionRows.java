package se.rjh.mtp.reporting.distributions;

import static se.rjh.mtp.reporting.readmodel.Records.text;
import static se.rjh.mtp.reporting.readmodel.Records.type;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.view.AcknowledgementStatus;
import se.rjh.mtp.reporting.groups.GroupEvents;
import se.rjh.mtp.reporting.readmodel.RowFold;

/**
 * One row per distribution: what was distributed, by when, and each unit's status (waiting, acknowledged with its
 * response, or overdue). Overdue comes only from group-service's overdue event, so the row depends on the events
 * alone and a replay gives the same digest.
 */
@Component
public class DistributionRows extends RowFold {

    public static final String MODEL = "group_distributions";

    public DistributionRows() {
        super(MODEL, GroupEvents.startsRow(Set.of(DistributionEvents.DISTRIBUTED)));
    }

    @Override
    protected Document emptyRow() {
        return new Document("subjectKind", null).append("subjectReference", null).append("subjectTitle", null)
                .append("distributedOn", null).append("acknowledgeBy", null).append("units", List.of());
    }

    @Override
    protected Document fold(Document row, Document r) {
        String type = type(r);
        if (DistributionEvents.DISTRIBUTED.equals(type)) {
            row.put("subjectKind", text(r, DistributionEvents.SUBJECT_KIND));
            row.put("subjectReference", text(r, DistributionEvents.SUBJECT_REFERENCE));
            row.put("subjectTitle", text(r, DistributionEvents.SUBJECT_TITLE));
            row.put("distributedOn", text(r, DistributionEvents.DISTRIBUTED_ON));
            row.put("acknowledgeBy", text(r, DistributionEvents.ACKNOWLEDGE_BY));
        } else if (DistributionEvents.ASKED.equals(type)) {
            List<Document> units = new ArrayList<>(row.getList("units", Document.class, List.of()));
            units.add(new Document("unitId", text(r, DistributionEvents.UNIT_ID))
                    .append("unitName", text(r, DistributionEvents.UNIT_NAME))
                    .append("status", AcknowledgementStatus.WAITING.name()).append("response", null)
                    .append("acknowledgedAt", null));
            row.put("units", units);
        } else if (DistributionEvents.ACKNOWLEDGED.equals(type)) {
            unit(row, text(r, DistributionEvents.UNIT_ID), u -> u.append("status",
                    AcknowledgementStatus.ACKNOWLEDGED.name()).append("response", text(r, DistributionEvents.RESPONSE))
                    .append("acknowledgedAt", text(r, DistributionEvents.ACKNOWLEDGED_AT)));
        } else if (DistributionEvents.OVERDUE.equals(type)) {
            unit(row, text(r, DistributionEvents.UNIT_ID), u -> {
                if (!AcknowledgementStatus.ACKNOWLEDGED.name().equals(u.getString("status"))) {
                    u.put("status", AcknowledgementStatus.OVERDUE.name());
                }
            });
        }
        return row;
    }

    private static void unit(Document row, String unitId, Consumer<Document> change) {
        List<Document> units = new ArrayList<>(row.getList("units", Document.class, List.of()));
        units.stream().filter(u -> u.getString("unitId").equals(unitId)).forEach(change);
        row.put("units", units);
    }
}
