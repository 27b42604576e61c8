package se.rjh.mtp.reporting.dashboard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.reporting.view.DashboardReport;

/**
 * The dashboards as gauges ({@code mtp_reporting_*} in Prometheus). One scrape reads many gauges; they all read the
 * figures {@link DashboardFigures} computed once since the read models last changed.
 */
@Component
class ReportingGauges {

    private final DashboardFigures figures;

    ReportingGauges(DashboardFigures figures, MeterRegistry registry) {
        this.figures = figures;
        for (CaseStep step : CaseStep.values()) {
            gauge(registry, "mtp.reporting.cases", "step", step.name(),
                    f -> count(f.pipeline().perStep(), step.name()));
        }
        for (CaseType type : CaseType.values()) {
            gauge(registry, "mtp.reporting.cases.by.type", "caseType", type.name(),
                    f -> count(f.pipeline().perCaseType(), type.name()));
        }
        gauge(registry, "mtp.reporting.cases.past.consultation.due", null, null,
                f -> f.pipeline().pastConsultationDue().count());
        gauge(registry, "mtp.reporting.assignments.overdue", null, null, f -> f.workingGroups().overdue().count());
        for (ProgressStatus status : ProgressStatus.values()) {
            gauge(registry, "mtp.reporting.assignments.latest.report", "status", status.name(),
                    f -> count(f.workingGroups().latestReportStatusCounts(), status.name()));
        }
        gauge(registry, "mtp.reporting.guidelines.published", null, null, f -> f.guidelines().published());
        for (String days : new String[] {"30", "60", "90"}) {
            gauge(registry, "mtp.reporting.guidelines.reviews.due", "withinDays", days,
                    f -> count(f.guidelines().reviewsDueWithin(), days));
        }
        gauge(registry, "mtp.reporting.guidelines.reviews.overdue", null, null, f -> f.guidelines().reviewsOverdue());
        gauge(registry, "mtp.reporting.incidents", "figure", "total", f -> f.incidents().total());
        gauge(registry, "mtp.reporting.incidents", "figure", "reportedToManufacturer",
                f -> f.incidents().reportedToManufacturer());
        gauge(registry, "mtp.reporting.incidents", "figure", "reportedToMedicalProductsAgency",
                f -> f.incidents().reportedToMedicalProductsAgency());
        gauge(registry, "mtp.reporting.incidents", "figure", "reportedToIvo", f -> f.incidents().reportedToIvo());
        for (InHouseDeviceStatus status : InHouseDeviceStatus.values()) {
            gauge(registry, "mtp.reporting.in.house.devices", "status", status.name(),
                    f -> count(f.inHouseDevices().perStatus(), status.name()));
        }
        gauge(registry, "mtp.reporting.in.house.devices.reviews.overdue", null, null,
                f -> f.inHouseDevices().reviewsOverdue());
        gauge(registry, "mtp.reporting.in.house.devices.market.searches.overdue", null, null,
                f -> f.inHouseDevices().marketSearchesOverdue());
    }

    private void gauge(MeterRegistry registry, String name, String tag, String value,
                       ToDoubleFunction<DashboardReport> read) {
        Gauge.Builder<ReportingGauges> builder = Gauge.builder(name, this, g -> read.applyAsDouble(g.figures.all()));
        if (tag != null) {
            builder.tag(tag, value);
        }
        builder.register(registry);
    }

    private static double count(Map<String, ? extends Number> counts, String key) {
        Number value = counts.get(key);
        return value == null ? 0.0 : value.doubleValue();
    }
}
