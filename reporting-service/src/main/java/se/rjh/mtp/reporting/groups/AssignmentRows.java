package se.rjh.mtp.reporting.groups;

import static se.rjh.mtp.reporting.readmodel.Records.text;
import static se.rjh.mtp.reporting.readmodel.Records.type;

import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
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
                && GroupEvents.CREATED.contains(type(r)))) {
            return null;
        }
        Document row = new Document("groupId", null).append("groupName", null).append("title", null)
                .append("state", null).append("dueDate", null).append("caseId", null).append("overdue", false)
                .append("latestReportStatus", null).append("latestReportAt", null);
        for (Document r : records) {
            String type = type(r);
            if (GroupEvents.CREATED.contains(type)) {
                // Issuing a draft repeats its data, possibly with a new due date.
                set(row, "groupId", text(r, GroupEvents.GROUP_ID));
                set(row, "groupName", text(r, GroupEvents.GROUP_NAME));
                set(row, "title", text(r, GroupEvents.TITLE));
                set(row, "dueDate", text(r, GroupEvents.DUE_DATE));
                set(row, "caseId", text(r, GroupEvents.CASE_ID));
            }
            String state = GroupEvents.FEEDBACK_GIVEN.equals(type)
                    ? GroupEvents.stateAfterFeedback(text(r, GroupEvents.FEEDBACK_OUTCOME))
                    : GroupEvents.STATE_ENTERED.get(type);
            set(row, "state", state);
            if (GroupEvents.OVERDUE.equals(type)) {
                row.put("overdue", true);
            }
            if (GroupEvents.REPORTED.equals(type)) {
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
