package se.rjh.mtp.bench.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/** The closed-loop saturation steps as Markdown. */
final class ClosedLoopReport {

    /** One step's figures and what went wrong in it. */
    record StepResult(Saturation.Step step, Map<String, Long> errorKinds) {
    }

    private ClosedLoopReport() {
    }

    static String render(LoadOptions options, List<StepResult> results, LagProbe lag) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "## Closed loop: saturation steps (no think time; each step %s measured "
                                + "after %s unrecorded at its client count)%n%n", LoadOptions.text(options.step()),
                                LoadOptions.text(options.settle())));
        md.append("| clients | requests | req/s | errors | p50 ms | p95 ms | p99 ms | load average before | load average after |\n"
                  + "|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        List<Saturation.Step> steps = results.stream().map(StepResult::step).toList();
        for (Saturation.Step s : steps) {
            md.append(String.format(Locale.ROOT, "| %d | %,d | %.1f | %d | %.1f | %.1f | %.1f | %s | %s |%n",
                                    s.clients(), s.requests(), s.throughput(), s.errors(), s.p50Ms(), s.p95Ms(),
                                    s.p99Ms(), LoadAverage.describe(s.loadBefore(), true),
                                    LoadAverage.describe(s.loadAfter(), false)));
        }
        md.append('\n').append(bestLine(steps, options.p99LimitMs())).append('\n');
        for (StepResult r : results) {
            if (!r.errorKinds().isEmpty()) {
                md.append("\nErrors at ").append(r.step().clients()).append(" clients: ");
                r.errorKinds().forEach((k, v) -> md.append(k).append(": ").append(v).append("; "));
                md.append('\n');
            }
        }
        Histogram h = lag.lag();
        md.append(String.format(Locale.ROOT, "%nCommand-to-read-model lag over all steps: %d samples, p50 %.0f ms, "
                                + "p99 %.0f ms, max %.0f ms; never seen within 120 s: %d%n%n", h.getTotalCount(),
                                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                                h.getMaxValue() / 1000.0, lag.neverSeen()));
        return md.toString();
    }

    static String bestLine(List<Saturation.Step> steps, double p99LimitMs) {
        Optional<Saturation.Step> best = Saturation.best(steps, p99LimitMs);
        return best.map(s -> String.format(Locale.ROOT, "Highest sustained throughput (p99 <= %.0f ms, 0 errors): "
                                           + "**%.1f req/s** at %d clients%s", p99LimitMs, s.throughput(),
                                           s.clients(), s.startedBusy() ? " (busy machine)" : ""))
                   .orElse(String.format(Locale.ROOT, "Highest sustained throughput (p99 <= %.0f ms, 0 errors): "
                                         + "**none**, no step met the limit", p99LimitMs));
    }
}
