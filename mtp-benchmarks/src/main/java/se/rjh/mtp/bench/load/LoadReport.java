package se.rjh.mtp.bench.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The figures of one open-loop run as Markdown (printed and written to {@code --out}). */
record LoadReport(LoadOptions options, Stats stats, LagProbe lag, long scheduled, double elapsedSeconds,
                  long driverFailures, long maxInFlight, Map<String, Double> heapBefore, Map<String, Double> heapAfter,
                  LoadAverage loadBefore, LoadAverage loadAfter, List<String> progress, boolean embedded) {

    String render() {
        StringBuilder md = new StringBuilder();
        Stats.Row total = stats.total();
        long errors = total.errors() + driverFailures;
        md.append(String.format(Locale.ROOT, "## Open loop: %.0f req/s scheduled for %s (%s)%n%n",
                                options.rate(), LoadOptions.text(options.duration()),
                                embedded ? "all in one JVM" : "running services"));
        md.append(String.format(Locale.ROOT, "- requests: %,d scheduled, %,d answered in %.0f s (%.1f answered/s); "
                                + "at most %d in flight (at most %d on the wire)%n", scheduled, total.count(), elapsedSeconds,
                                total.count() / elapsedSeconds, maxInFlight, options.connections()));
        md.append(String.format(Locale.ROOT, "- errors: %d (non-2xx or no answer) + %d driver failures or still unanswered 120 s after the end%n",
                                total.errors(), driverFailures));
        md.append(String.format(Locale.ROOT, "- 409 on guideline drafting retried by the driver (designed: one "
                                + "number series): %d%n", stats.conflictsRetried()));
        md.append("- load average (1/5/15 min): ").append(LoadAverage.describe(loadBefore, true)).append(" before, ")
          .append(LoadAverage.describe(loadAfter, false)).append(" after\n\n");

        md.append("| endpoint | requests | errors | p50 ms | p95 ms | p99 ms | max ms |\n"
                  + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (Stats.Row row : stats.rows()) {
            md.append(row(row));
        }
        md.append(row(total)).append('\n');
        if (!stats.errorKinds().isEmpty()) {
            md.append("Errors by endpoint and status (-1 = no answer):\n\n");
            stats.errorKinds().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
            md.append("\nFirst error bodies:\n\n");
            stats.errorSamples().forEach(s -> md.append("    ").append(s.replace('\n', ' ')).append('\n'));
            md.append('\n');
        }

        Histogram h = lag.lag();
        md.append(String.format(Locale.ROOT, "Command-to-read-model lag (POST /api/cases 201 -> GET /api/reports/cases/{id}"
                                + " 200, every %d. intake, polled every 20 ms): %d samples, p50 %.0f ms, p99 %.0f ms, "
                                + "max %.0f ms; never seen within 120 s: %d%n%n", options.lagSample(),
                                h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0,
                                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, lag.neverSeen()));

        md.append("| heap | before (MB) | after (MB) | change |\n|---|---:|---:|---:|\n");
        boolean heapStable = true;
        for (Map.Entry<String, Double> e : heapBefore.entrySet()) {
            double before = e.getValue();
            double after = heapAfter.getOrDefault(e.getKey(), Double.NaN);
            double change = (after - before) / before;
            heapStable &= Math.abs(change) <= 0.10;
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %+.1f %% |%n", e.getKey(), before, after,
                                    100 * change));
        }
        if (!progress.isEmpty()) {
            md.append("\nProgress (heap after last GC is not forced, so it only shows the trend):\n\n");
            progress.forEach(p -> md.append("    ").append(p).append('\n'));
        }
        md.append(String.format("%n| target | result |%n|---|---|%n| 0 errors | %s |%n| heap within 10 %% | %s |%n",
                                errors == 0 ? "met" : "MISSED (" + errors + ")", heapStable ? "met" : "MISSED"));
        return md.toString();
    }

    private static String row(Stats.Row r) {
        return String.format(Locale.ROOT, "| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f |%n", r.endpoint(), r.count(),
                             r.errors(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.maxMs());
    }

    /** 2xx answers per second over the measured run (what the system achieved of the scheduled rate). */
    double okPerSecond() {
        Stats.Row total = stats.total();
        return (total.count() - total.errors()) / elapsedSeconds;
    }
}
