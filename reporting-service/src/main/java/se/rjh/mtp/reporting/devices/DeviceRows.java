package se.rjh.mtp.reporting.devices;

import static se.rjh.mtp.reporting.readmodel.Records.text;
import static se.rjh.mtp.reporting.readmodel.Records.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.reporting.groups.GroupEvents;
import se.rjh.mtp.reporting.readmodel.Records;
import se.rjh.mtp.reporting.readmodel.RowFold;

/**
 * One row per in-house device: status, unit, risk class, register version, the next review and market search with
 * the due date group-service's deadline scan last found passed, and the incident cases that named it. Dates stay as
 * the events give them; whether something is due is decided when read ({@link DeviceFigures}), against the one Clock.
 */
@Component
public class DeviceRows extends RowFold {

    public static final String MODEL = "in_house_devices";

    public DeviceRows() {
        super(MODEL, GroupEvents.startsRow(Set.of(DeviceEvents.PROPOSED)));
    }

    @Override
    protected Document emptyRow() {
        return new Document("name", null).append("kind", null).append("deviceVersion", null).append("status", null)
                .append("version", 0).append("responsibleUnitId", null).append("riskClass", null)
                .append("linkedCaseId", null).append("linkedCaseNumber", null)
                .append("nextReviewDue", null).append("reviewOverdueFor", null)
                .append("nextMarketSearchDue", null).append("marketSearchOverdueFor", null)
                .append("incidentCaseIds", new ArrayList<String>()).append("withdrawnOn", null);
    }

    /** Events of the device's stream that are not the register's (reminders sent) change nothing here. */
    @Override
    protected Document fold(Document row, Document r) {
        if (!DeviceEvents.isRegisterEvent(r)) {
            return row;
        }
        String type = type(r);
        DeviceEvents.statusAfter(r).ifPresent(status -> row.put("status", status.name()));
        DeviceEvents.DESCRIBING.getOrDefault(type, Map.of()).forEach((field, path) -> row.put(field, text(r, path)));
        if (DeviceEvents.VERSIONED.contains(type)
                && Records.value(Records.payload(r), List.of(DeviceEvents.VERSION)) instanceof Number version) {
            row.put("version", version.intValue());
        }
        review(row, r, type);
        marketSearch(row, r, type);
        if (DeviceEvents.INCIDENT_LINKED.equals(type)) {
            List<String> incidents = row.getList("incidentCaseIds", String.class);
            String caseId = text(r, DeviceEvents.CASE_ID);
            if (caseId != null && !incidents.contains(caseId)) {
                incidents.add(caseId);
            }
        }
        if (DeviceEvents.WITHDRAWN.equals(type)) {
            // Records stay; nothing is due for a withdrawn device any more.
            row.put("withdrawnOn", text(r, DeviceEvents.WITHDRAWN_ON));
            row.put("nextReviewDue", null);
            row.put("nextMarketSearchDue", null);
        }
        return row;
    }

    /**
     * The next review is the date of the latest event that sets one (an interval changed before release sets none, as
     * in the register itself). The scan's overdue event names the due date it found passed; a review or any other new
     * date leaves that date behind, so it no longer counts ({@link DeviceFigures#reviewOverdue}).
     */
    private static void review(Document row, Document r, String type) {
        if (DeviceEvents.NEXT_REVIEW_SET.contains(type)) {
            setIfPresent(row, "nextReviewDue", text(r, DeviceEvents.NEXT_REVIEW_DUE));
        } else if (DeviceEvents.REVIEW_OVERDUE.equals(type)) {
            row.put("reviewOverdueFor", text(r, DeviceEvents.OVERDUE_DUE_DATE));
        }
    }

    /** A recorded search sets the next one; the scan's overdue event names the due date it found passed. */
    private static void marketSearch(Document row, Document r, String type) {
        if (DeviceEvents.MARKET_SEARCH_RECORDED.equals(type)) {
            row.put("nextMarketSearchDue", text(r, DeviceEvents.NEXT_SEARCH_DUE));
        } else if (DeviceEvents.MARKET_SEARCH_OVERDUE.equals(type)) {
            row.put("marketSearchOverdueFor", text(r, DeviceEvents.OVERDUE_DUE_DATE));
        }
    }
}
