package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Every dashboard's figures at once, as the live page and its server-sent events carry them")
public record DashboardReport(
        PipelineReport pipeline,
        WorkingGroupsReport workingGroups,
        GuidelinesReport guidelines,
        IncidentsReport incidents) {
}
