package se.rjh.mtp.reporting.dashboard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.reporting.pipeline.CaseEvents;

/**
 * The dashboards as gauges ({@code mtp_reporting_*} in Prometheus). One scrape reads many gauges, so the figures
 * are computed once and reused for {@link #MAX_AGE_MS}.
 */
@Component
class ReportingGauges {

    private static final long MAX_AGE_MS = 2000;

    private final DashboardFigures figures;
    private volatile Map<String, Object> cached;
    private volatile long cachedAt;

    ReportingGauges(DashboardFigures figures, MeterRegistry registry) {
        this.figures = figures;
        for (String step : CaseEvents.STEPS) {
            gauge(registry, "mtp.reporting.cases", "step", step, f -> count(f, "pipeline", "perStep", step));
        }
        for (CaseType type : CaseType.values()) {
            gauge(registry, "mtp.reporting.cases.by.type", "caseType", type.name(),
                    f -> count(f, "pipeline", "perCaseType", type.name()));
        }
        gauge(registry, "mtp.reporting.cases.past.consultation.due", null, null,
                f -> count(f, "pipeline", "pastConsultationDue", "count"));
        gauge(registry, "mtp.reporting.assignments.overdue", null, null,
                f -> count(f, "workingGroups", "overdue", "count"));
        for (String status : new String[] {"GREEN", "YELLOW", "RED"}) {
            gauge(registry, "mtp.reporting.assignments.latest.report", "status", status,
                    f -> count(f, "workingGroups", "latestReportStatusCounts", status));
        }
        gauge(registry, "mtp.reporting.guidelines.published", null, null, f -> count(f, "guidelines", "published"));
        for (String days : new String[] {"30", "60", "90"}) {
            gauge(registry, "mtp.reporting.guidelines.reviews.due", "withinDays", days,
                    f -> count(f, "guidelines", "reviewsDueWithin", days));
        }
        gauge(registry, "mtp.reporting.guidelines.reviews.overdue", null, null,
                f -> count(f, "guidelines", "reviewsOverdue"));
        for (String key : new String[] {"total", "reportedToManufacturer", "reportedToMedicalProductsAgency",
                "reportedToIvo"}) {
            gauge(registry, "mtp.reporting.incidents", "figure", key, f -> count(f, "incidents", key));
        }
    }

    private void gauge(MeterRegistry registry, String name, String tag, String value,
                       Function<Map<String, Object>, Double> read) {
        Gauge.Builder<ReportingGauges> builder = Gauge.builder(name, this, g -> read.apply(g.current()));
        if (tag != null) {
            builder.tag(tag, value);
        }
        builder.register(registry);
    }

    private Map<String, Object> current() {
        long now = System.currentTimeMillis();
        if (cached == null || now - cachedAt > MAX_AGE_MS) {
            cached = figures.all();
            cachedAt = now;
        }
        return cached;
    }

    private static double count(Map<String, Object> figures, String... path) {
        Object current = figures;
        for (String part : path) {
            current = current instanceof Map<?, ?> map ? map.get(part) : null;
        }
        return current instanceof Number n ? n.doubleValue() : 0.0;
    }
}
