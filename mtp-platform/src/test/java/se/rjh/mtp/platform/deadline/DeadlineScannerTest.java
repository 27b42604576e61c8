package se.rjh.mtp.platform.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

class DeadlineScannerTest {

    record Due(String id, LocalDate dueDate) {
    }

    record MarkOverdue(String id, LocalDate today) {
    }

    private final CommandGateway commands = mock(CommandGateway.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** 23:30 UTC on 27 November is already 28 November in Stockholm. */
    private final DeadlineScanner scanner = new DeadlineScanner(commands,
            Clock.fixed(Instant.parse("2026-11-27T23:30:00Z"), ZoneId.of("Europe/Stockholm")), registry);

    private final List<Due> readModel = List.of(new Due("a", LocalDate.parse("2026-11-20")),
            new Due("b", LocalDate.parse("2026-11-28")), new Due("c", LocalDate.parse("2026-12-24")));
    private final DeadlineScan<Due> scan = new DeadlineScan<>("test-overdue",
            today -> readModel.stream().filter(d -> !d.dueDate().isAfter(today)).toList(), Due::id, 
            (due, today) -> new MarkOverdue(due.id(), today));

    @Test
    void sendsOneCommandPerDueItemForTodayInTheConfiguredZone() {
        when(commands.sendAndWait(any())).thenAnswer(call -> ((MarkOverdue) call.getArgument(0)).id().equals("a"));

        DeadlineScanner.Outcome outcome = scanner.run(scan);

        assertThat(outcome.sent()).containsExactly("a", "b");
        assertThat(outcome.applied()).containsExactly("a");
        assertThat(outcome.failed()).isEmpty();
        assertThat(registry.get(DeadlineScanner.METRIC).tag("scan", "test-overdue").tag("outcome", "applied")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get(DeadlineScanner.METRIC).tag("outcome", "sent").counter().count()).isEqualTo(1);
    }

    @Test
    void oneFailingItemDoesNotStopTheOthers() {
        when(commands.sendAndWait(any())).thenAnswer(call -> {
            if (((MarkOverdue) call.getArgument(0)).id().equals("a")) {
                throw new IllegalStateException("store away");
            }
            return true;
        });

        DeadlineScanner.Outcome outcome = scanner.run(scan, LocalDate.parse("2026-12-31"));

        assertThat(outcome.failed()).containsExactly("a");
        assertThat(outcome.applied()).containsExactly("b", "c");
        assertThat(registry.get(DeadlineScanner.METRIC).tag("outcome", "failed").counter().count()).isEqualTo(1);
    }
}
