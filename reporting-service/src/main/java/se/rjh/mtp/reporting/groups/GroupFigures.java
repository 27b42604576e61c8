package se.rjh.mtp.reporting.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import se.rjh.mtp.reporting.readmodel.Records;

/** Assignments per LAG by state, overdue assignments and the latest report status of each. */
public final class GroupFigures {

    private GroupFigures() {
    }

    public static Map<String, Object> compute(List<Document> rows, LocalDate today) {
        Map<String, Map<String, Object>> perGroup = new TreeMap<>();
        Map<String, Integer> statusCounts = new TreeMap<>();
        List<String> overdue = new ArrayList<>();
        List<Map<String, Object>> latest = new ArrayList<>();
        for (Document row : rows) {
            String groupId = row.getString("groupId") == null ? "okänd" : row.getString("groupId");
            Map<String, Object> group = perGroup.computeIfAbsent(groupId, k -> new LinkedHashMap<>());
            if (row.getString("groupName") != null) {
                group.put("name", row.getString("groupName"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Integer> byState = (Map<String, Integer>) group.computeIfAbsent("byState", k -> new TreeMap<>());
            byState.merge(row.getString("state") == null ? "UNKNOWN" : row.getString("state"), 1, Integer::sum);
            if (isOverdue(row, today)) {
                overdue.add(String.valueOf(row.get("_id")));
            }
            if (row.getString("latestReportStatus") != null) {
                statusCounts.merge(row.getString("latestReportStatus"), 1, Integer::sum);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("assignmentId", row.get("_id"));
                entry.put("groupId", groupId);
                entry.put("status", row.getString("latestReportStatus"));
                entry.put("reportedAt", row.getString("latestReportAt"));
                latest.add(entry);
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("total", rows.size());
        figures.put("perGroup", perGroup);
        figures.put("overdue", Map.of("count", overdue.size(), "assignmentIds", overdue.stream().sorted().toList()));
        figures.put("latestReportStatusCounts", statusCounts);
        figures.put("latestReports", latest);
        return figures;
    }

    static boolean isOverdue(Document row, LocalDate today) {
        // Drafts are not issued yet; declined, delivered, completed and cancelled ones wait for nothing.
        if (!GroupEvents.OPEN_STATES.contains(row.getString("state"))) {
            return false;
        }
        String due = row.getString("dueDate");
        return row.getBoolean("overdue", false) || (Records.date(due) != null && Records.date(due).isBefore(today));
    }
}
