package se.rjh.mtp.reporting.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.reporting.view.GroupStates;
import se.rjh.mtp.api.reporting.view.LatestReport;
import se.rjh.mtp.api.reporting.view.OverdueAssignments;
import se.rjh.mtp.api.reporting.view.WorkingGroupsReport;
import se.rjh.mtp.reporting.readmodel.Records;

/** Assignments per LAG by status, overdue assignments and the latest report status of each. */
public final class GroupFigures {

    private GroupFigures() {
    }

    public static WorkingGroupsReport compute(List<Document> rows, LocalDate today) {
        Map<String, String> names = new TreeMap<>();
        Map<String, Map<String, Integer>> byGroup = new TreeMap<>();
        Map<String, Integer> statusCounts = new TreeMap<>();
        List<String> overdue = new ArrayList<>();
        List<LatestReport> latest = new ArrayList<>();
        for (Document row : rows) {
            String groupId = row.getString("groupId") == null ? "okänd" : row.getString("groupId");
            if (row.getString("groupName") != null) {
                names.put(groupId, row.getString("groupName"));
            }
            byGroup.computeIfAbsent(groupId, k -> new TreeMap<>())
                    .merge(row.getString("state") == null ? "UNKNOWN" : row.getString("state"), 1, Integer::sum);
            if (isOverdue(row, today)) {
                overdue.add(String.valueOf(row.get("_id")));
            }
            if (row.getString("latestReportStatus") != null) {
                statusCounts.merge(row.getString("latestReportStatus"), 1, Integer::sum);
                latest.add(new LatestReport(String.valueOf(row.get("_id")), groupId,
                        row.getString("latestReportStatus"), row.getString("latestReportAt")));
            }
        }
        Map<String, GroupStates> perGroup = new TreeMap<>();
        byGroup.forEach((groupId, byState) -> perGroup.put(groupId, new GroupStates(names.get(groupId), byState)));
        return new WorkingGroupsReport(rows.size(), perGroup,
                new OverdueAssignments(overdue.size(), overdue.stream().sorted().toList()), statusCounts, latest);
    }

    /** Whether an assignment row is past due: also the work list's rule. */
    public static boolean isOverdue(Document row, LocalDate today) {
        // Drafts are not issued yet; declined, delivered, completed and cancelled ones wait for nothing.
        if (!isOpen(row.getString("state"))) {
            return false;
        }
        LocalDate due = Records.date(row.getString("dueDate"));
        return row.getBoolean("overdue", false) || (due != null && due.isBefore(today));
    }

    private static boolean isOpen(String state) {
        return Arrays.stream(AssignmentStatus.values()).anyMatch(s -> s.name().equals(state) && s.open());
    }
}
