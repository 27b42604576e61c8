package se.rjh.mtp.reporting.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.reporting.view.DashboardReport;
import se.rjh.mtp.api.reporting.view.GuidelinesReport;
import se.rjh.mtp.api.reporting.view.InHouseDevicesReport;
import se.rjh.mtp.api.reporting.view.IncidentsReport;
import se.rjh.mtp.api.reporting.view.PipelineReport;
import se.rjh.mtp.api.reporting.view.WorkingGroupsReport;
import se.rjh.mtp.reporting.devices.DeviceFigures;
import se.rjh.mtp.reporting.devices.DeviceRows;
import se.rjh.mtp.reporting.groups.AssignmentRows;
import se.rjh.mtp.reporting.groups.GroupFigures;
import se.rjh.mtp.reporting.guidelines.GuidelineFigures;
import se.rjh.mtp.reporting.guidelines.GuidelineRows;
import se.rjh.mtp.reporting.incidents.IncidentFigures;
import se.rjh.mtp.reporting.incidents.IncidentRows;
import se.rjh.mtp.reporting.pipeline.CasePipelineRows;
import se.rjh.mtp.reporting.pipeline.PipelineFigures;
import se.rjh.mtp.reporting.readmodel.Generations;

/**
 * Every dashboard's figures, always from the active generation (a running replay is invisible here). The figures
 * count every row of their model, so each read takes the whole (small) row collection.
 */
@Component
public record DashboardFigures(Generations generations, Clock clock) {

    public PipelineReport pipeline() {
        return PipelineFigures.compute(rows(CasePipelineRows.MODEL).stream()
                .map(row -> CasePipelineRows.view(row.getString("_id"), row)).toList(), today());
    }

    public WorkingGroupsReport workingGroups() {
        return GroupFigures.compute(rows(AssignmentRows.MODEL), today());
    }

    public GuidelinesReport guidelines() {
        return GuidelineFigures.compute(rows(GuidelineRows.MODEL), today());
    }

    public IncidentsReport incidents() {
        return IncidentFigures.compute(rows(IncidentRows.MODEL));
    }

    public InHouseDevicesReport inHouseDevices() {
        return DeviceFigures.compute(rows(DeviceRows.MODEL), today());
    }

    public DashboardReport all() {
        return new DashboardReport(pipeline(), workingGroups(), guidelines(), incidents(), inHouseDevices());
    }

    private List<Document> rows(String model) {
        return generations.active(model).find().into(new ArrayList<>());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
