package se.rjh.mtp.portal.dashboard;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.reporting.view.DashboardReport;
import se.rjh.mtp.api.reporting.view.GroupStates;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;

/**
 * The reporting dashboard inside the portal: every figure as a table (the source of truth), each enum value by its
 * Swedish label and in the enum's order (the process's order of steps, not the order the figures came in). With
 * reporting-service down the page says so.
 */
@Controller
class DashboardController {

    private final DashboardGateway reports;

    DashboardController(DashboardGateway reports) {
        this.reports = reports;
    }

    @GetMapping("/statistik")
    String dashboard(Model model) {
        DashboardReport report;
        try {
            report = reports.dashboard();
        } catch (ServiceUnavailableException e) {
            model.addAttribute("unavailable", true);
            return "dashboard/dashboard";
        }
        model.addAttribute("report", report);
        model.addAttribute("perStep", inOrderOf(CaseStep.class, report.pipeline().perStep()));
        model.addAttribute("perCaseType", inOrderOf(CaseType.class, report.pipeline().perCaseType()));
        model.addAttribute("leadTimes", inOrderOf(CaseStep.class, report.pipeline().leadTimeHoursPerStep()));
        model.addAttribute("turnaround",
                inOrderOf(ConcernedBody.class, report.pipeline().consultationTurnaroundDaysPerBody()));
        Map<String, GroupStates> perGroup = new LinkedHashMap<>();
        report.workingGroups().perGroup().forEach((id, group) -> perGroup.put(id,
                new GroupStates(group.name(), inOrderOf(AssignmentStatus.class, group.byState()))));
        model.addAttribute("perGroup", perGroup);
        model.addAttribute("latestReports",
                inOrderOf(ProgressStatus.class, report.workingGroups().latestReportStatusCounts()));
        if (report.inHouseDevices() != null) {
            model.addAttribute("devicesPerStatus",
                    inOrderOf(InHouseDeviceStatus.class, report.inHouseDevices().perStatus()));
        }
        return "dashboard/dashboard";
    }

    /** The figures keyed by an enum's names, in the enum's order; a name it does not know comes last. */
    static <V> Map<String, V> inOrderOf(Class<? extends Enum<?>> type, Map<String, V> figures) {
        List<String> order = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        Map<String, V> ordered = new LinkedHashMap<>();
        figures.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order.contains(e.getKey()) ? order.indexOf(e.getKey())
                        : order.size()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
