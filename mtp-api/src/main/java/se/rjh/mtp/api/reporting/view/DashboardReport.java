package se.rjh.mtp.api.reporting.view;


/**
 * Every dashboard's figures at once, as the live page and its server-sent events carry them
 *
 * @param inHouseDevices The register of in-house devices
 */
public record DashboardReport(
        PipelineReport pipeline,
        WorkingGroupsReport workingGroups,
        GuidelinesReport guidelines,
        IncidentsReport incidents,
        InHouseDevicesReport inHouseDevices) {
}
