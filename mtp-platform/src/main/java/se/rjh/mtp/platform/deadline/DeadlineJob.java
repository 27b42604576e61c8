package se.rjh.mtp.platform.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's job of one or more {@link DeadlineScan}s, run by the {@link DeadlineScanner}: on its schedule (the
 * subclass's {@code @Scheduled} method calls {@link #runScheduled}, since each job has its own interval and start)
 * and by hand for a given day (tests, operators). The subclass builds its scans and says what its callers get back.
 */
public abstract class DeadlineJob {

    private final DeadlineScanner scanner;
    private final List<DeadlineScan<?>> scans;

    protected DeadlineJob(DeadlineScanner scanner, DeadlineScan<?>... scans) {
        this.scanner = scanner;
        this.scans = List.of(scans);
    }

    /** Runs every scan for today, in order. */
    protected void runScheduled() {
        scans.forEach(scanner::run);
    }

    /** Runs every scan for today; what they did, the scans' ids in the order of the scans. */
    protected DeadlineScanner.Outcome run() {
        return run(scanner.today());
    }

    /** Runs every scan as if it were {@code today}; what they did, the scans' ids in the order of the scans. */
    protected DeadlineScanner.Outcome run(LocalDate today) {
        List<String> sent = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (DeadlineScan<?> scan : scans) {
            DeadlineScanner.Outcome outcome = scanner.run(scan, today);
            sent.addAll(outcome.sent());
            applied.addAll(outcome.applied());
            failed.addAll(outcome.failed());
        }
        return new DeadlineScanner.Outcome(List.copyOf(sent), List.copyOf(applied), List.copyOf(failed));
    }
}
