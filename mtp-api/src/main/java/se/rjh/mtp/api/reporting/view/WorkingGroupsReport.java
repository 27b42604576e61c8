package se.rjh.mtp.api.reporting.view;

import java.util.List;
import java.util.Map;

/**
 * The working-groups dashboard: LAG assignments by group and status, overdue ones and the latest report of each
 *
 * @param total Number of assignments
 * @param perGroup Per group id
 * @param latestReportStatusCounts Assignments per status of their latest report
 */
public record WorkingGroupsReport(
        int total,
        Map<String, GroupStates> perGroup,
        OverdueAssignments overdue,
        Map<String, Integer> latestReportStatusCounts,
        List<LatestReport> latestReports) {
}
