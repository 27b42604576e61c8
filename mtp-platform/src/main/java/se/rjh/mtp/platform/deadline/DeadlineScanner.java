package se.rjh.mtp.platform.deadline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link DeadlineScan}: reads what is due today, sends one command per item and waits for each. The due
 * dates live in the event store and the read models, never in memory, so a restart loses no deadline. One failing
 * item does not stop the others; the next run sends it again. Each command's outcome is counted in
 * {@code mtp.deadline.commands} (tags {@code scan} and {@code outcome}: {@code applied} when the handler answered
 * {@code true}, {@code sent} for any other answer, {@code failed}).
 */
public class DeadlineScanner {

    static final String METRIC = "mtp.deadline.commands";
    private static final Logger log = LoggerFactory.getLogger(DeadlineScanner.class);

    private final CommandGateway commands;
    private final Clock clock;
    private final MeterRegistry registry;
    /** A scan started by the schedule and one started by hand (a test, an operator) do not overlap. */
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public DeadlineScanner(CommandGateway commands, Clock clock, MeterRegistry registry) {
        this.commands = commands;
        this.clock = clock;
        this.registry = registry;
    }

    /** Today in the configured zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Runs the scan for today. */
    public <T> Outcome run(DeadlineScan<T> scan) {
        return run(scan, today());
    }

    /** Runs the scan as if it were the given day. */
    public <T> Outcome run(DeadlineScan<T> scan, LocalDate today) {
        synchronized (locks.computeIfAbsent(scan.name(), name -> new Object())) {
            List<String> sent = new ArrayList<>();
            List<String> applied = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (T item : scan.dueOn().apply(today)) {
                String id = scan.idOf().apply(item);
                sent.add(id);
                try {
                    Object answer = commands.sendAndWait(scan.commandFor().apply(item, today));
                    if (Boolean.TRUE.equals(answer)) {
                        applied.add(id);
                    }
                    count(scan, Boolean.TRUE.equals(answer) ? "applied" : "sent");
                } catch (RuntimeException e) {
                    // The type only: a message may quote stored text.
                    log.warn("Deadline scan {}: the command for {} failed, the next run retries: {}",
                            scan.name(), id, e.getClass().getSimpleName());
                    failed.add(id);
                    count(scan, "failed");
                }
            }
            if (!sent.isEmpty()) {
                log.info("Deadline scan {} for {}: {} due, {} newly applied, {} failed",
                        scan.name(), today, sent.size(), applied.size(), failed.size());
            }
            return new Outcome(List.copyOf(sent), List.copyOf(applied), List.copyOf(failed));
        }
    }

    private void count(DeadlineScan<?> scan, String outcome) {
        Counter.builder(METRIC)
                .description("Commands sent by deadline scans, by outcome")
                .tag("scan", scan.name())
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    /**
     * @param sent    the ids of every due item a command was sent for
     * @param applied those whose handler answered {@code true} (handlers that say whether they changed anything)
     * @param failed  those whose command failed; the next run sends them again
     */
    public record Outcome(List<String> sent, List<String> applied, List<String> failed) {
    }
}
