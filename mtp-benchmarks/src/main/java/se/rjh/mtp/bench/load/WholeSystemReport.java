package se.rjh.mtp.bench.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The one table issue 14 compares: the whole system's req/s against the event-store engine's commands/s, the
 * read-model lag, resident memory per process and the load average the figures were taken under.
 */
final class WholeSystemReport {

    /** Open-loop figures: rate scheduled, 2xx answers per second achieved. */
    record Open(double scheduledRate, double okPerSecond, Histogram lag) {
    }

    private final List<String[]> rows = new ArrayList<>();

    WholeSystemReport(Double engineCommandsPerSecond, Open open, List<Saturation.Step> steps, double p99LimitMs,
                      Histogram closedLag, Map<String, Double> rssMb, String rssWhat, LoadAverage runStart,
                      LoadAverage runEnd) {
        row("engine commands/s, 4 threads", engineCommandsPerSecond == null ? "not measured" : fmt(engineCommandsPerSecond),
            "EventStoreBenchmark's measurement (memory backend), ~20 s, same run; --engine-baseline");
        Saturation.Step best = steps == null ? null : Saturation.best(steps, p99LimitMs).orElse(null);
        if (open != null) {
            row("system req/s, open loop achieved", fmt(open.okPerSecond()),
                String.format(Locale.ROOT, "2xx answers/s at %.0f req/s scheduled", open.scheduledRate()));
        }
        Saturation.Step highest = steps == null ? null
                : steps.stream().max(Comparator.comparingDouble(Saturation.Step::throughput)).orElse(null);
        if (best != null) {
            row("system req/s, closed-loop max", fmt(best.throughput()),
                String.format(Locale.ROOT, "sustained: %d clients, p99 %.1f ms <= %.0f ms, 0 errors%s", best.clients(),
                              best.p99Ms(), p99LimitMs, best.startedBusy() ? " (busy machine)" : ""));
        } else if (highest != null) {
            row("system req/s, closed-loop max", "none sustained",
                String.format(Locale.ROOT, "no step had p99 <= %.0f ms and 0 errors; highest measured %.1f req/s at "
                              + "%d clients (p99 %.1f ms, %d errors)%s", p99LimitMs, highest.throughput(),
                              highest.clients(), highest.p99Ms(), highest.errors(),
                              highest.startedBusy() ? " (busy machine)" : ""));
        }
        if (engineCommandsPerSecond != null) {
            if (open != null) {
                row("ratio open loop / engine", ratio(open.okPerSecond(), engineCommandsPerSecond),
                    "system req/s ÷ engine commands/s");
            }
            if (best != null) {
                row("ratio closed-loop max / engine", ratio(best.throughput(), engineCommandsPerSecond),
                    "system req/s ÷ engine commands/s");
            } else if (highest != null) {
                row("ratio closed-loop highest measured / engine", ratio(highest.throughput(), engineCommandsPerSecond),
                    "not sustained (p99 or errors over the limit)");
            }
        }
        if (open != null) {
            row("lag p50 / p99, open loop", lag(open.lag()), open.lag().getTotalCount() + " samples");
        }
        if (closedLag != null) {
            row("lag p50 / p99, closed loop", lag(closedLag), closedLag.getTotalCount() + " samples, all steps");
        }
        double total = 0;
        for (Map.Entry<String, Double> e : rssMb.entrySet()) {
            row("RSS " + e.getKey(), String.format(Locale.ROOT, "%,.0f MB", e.getValue()), "after the run");
            total += e.getValue();
        }
        row("RSS total", rssMb.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%,.0f MB", total), rssWhat);
        row("load average (1/5/15 min) at the start", LoadAverage.describe(runStart, true), "before the system or engine baseline started");
        row("load average (1/5/15 min) at the end", LoadAverage.describe(runEnd, false), "");
    }

    String render() {
        StringBuilder md = new StringBuilder("## Whole system\n\n| measure | value | note |\n|---|---:|---|\n");
        rows.forEach(r -> md.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n"));
        return md.append('\n').toString();
    }

    private void row(String measure, String value, String note) {
        rows.add(new String[]{measure, value, note});
    }

    private static String fmt(double perSecond) {
        return String.format(Locale.ROOT, "%,.1f", perSecond);
    }

    private static String ratio(double system, double engine) {
        return String.format(Locale.ROOT, "%.3f (%.1f %%)", system / engine, 100 * system / engine);
    }

    private static String lag(Histogram h) {
        return h.getTotalCount() == 0 ? "no samples" : String.format(Locale.ROOT, "%.0f / %.0f ms",
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0);
    }
}
