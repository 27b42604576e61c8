package se.rjh.mtp.bench.load;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Closed-loop saturation: one measured step per client count, and which step counts as sustained. */
final class Saturation {

    /**
     * One measured step of {@code clients} closed-loop clients (no think time).
     *
     * @param requests answered requests (errors included) in the measured window
     * @param errors   non-2xx answers, no answer, and driver failures
     */
    record Step(int clients, long requests, long errors, double seconds, double p50Ms, double p95Ms, double p99Ms,
                LoadAverage loadBefore, LoadAverage loadAfter) {

        double throughput() {
            return seconds > 0 ? requests / seconds : 0;
        }

        /** Sustained: answered within the p99 limit and without a single error. */
        boolean sustained(double p99LimitMs) {
            return requests > 0 && errors == 0 && p99Ms <= p99LimitMs;
        }

        boolean startedBusy() {
            return loadBefore != null && loadBefore.busy();
        }
    }

    private Saturation() {
    }

    /** The sustained step with the highest throughput; empty when no step was sustained. */
    static Optional<Step> best(List<Step> steps, double p99LimitMs) {
        return steps.stream().filter(s -> s.sustained(p99LimitMs)).max(Comparator.comparingDouble(Step::throughput));
    }
}
