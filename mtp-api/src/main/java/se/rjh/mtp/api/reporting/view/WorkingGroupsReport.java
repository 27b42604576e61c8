package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

@Schema(description = "The working-groups dashboard: LAG assignments by group and status, overdue ones and the "
        + "latest report of each")
public record WorkingGroupsReport(
        @Schema(description = "Number of assignments") int total,
        @Schema(description = "Per group id") Map<String, GroupStates> perGroup,
        OverdueAssignments overdue,
        @Schema(description = "Assignments per status of their latest report") Map<String, Integer>
        latestReportStatusCounts,
        List<LatestReport> latestReports) {
}
