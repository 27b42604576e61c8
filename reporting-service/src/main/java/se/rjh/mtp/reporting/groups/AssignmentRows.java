package se.rjh.mtp.reporting.groups;

import static se.rjh.mtp.reporting.readmodel.Records.text;
import static se.rjh.mtp.reporting.readmodel.Records.type;

import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.reporting.readmodel.Records;
import se.rjh.mtp.reporting.readmodel.RowProjection;

/** One row per LAG assignment: its group, state, due date, linked case and latest report status. */
@Component
public class AssignmentRows implements RowProjection {

    public static final String MODEL = "group_assignments";

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Document row(String aggregateId, List<Document> records) {
        if (records.stream().noneMatch(r -> "group-service".equals(r.getString("service"))
                && type(r).startsWith(GroupEvents.ASSIGNMENT_PREFIX))) {
            return null;
        }
        Document row = new Document("groupId", null).append("groupName", null).append("title", null)
                .append("state", null).append("dueDate", null).append("caseId", null).append("overdue", false)
                .append("latestReportStatus", null).append("latestReportAt", null);
        for (Document r : records) {
            String type = type(r);
            set(row, "groupId", text(r, GroupEvents.GROUP_ID));
            set(row, "groupName", text(r, GroupEvents.GROUP_NAME));
            set(row, "title", text(r, GroupEvents.TITLE));
            set(row, "dueDate", text(r, GroupEvents.DUE_DATE));
            set(row, "caseId", text(r, GroupEvents.CASE_ID));
            if (type.startsWith(GroupEvents.ASSIGNMENT_PREFIX) && !GroupEvents.NOT_A_STATE.contains(type)) {
                row.put("state", type.substring(GroupEvents.ASSIGNMENT_PREFIX.length()).toUpperCase(Locale.ROOT));
            }
            if (Records.isType(r, GroupEvents.OVERDUE)) {
                row.put("overdue", true);
            }
            if (Records.isType(r, GroupEvents.REPORTED)) {
                set(row, "latestReportStatus", text(r, GroupEvents.REPORT_STATUS));
                row.put("latestReportAt", r.getString("timestamp"));
            }
        }
        return row;
    }

    private static void set(Document row, String key, String value) {
        if (value != null) {
            row.put(key, value);
        }
    }
}
