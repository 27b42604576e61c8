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
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/** A job of two scans: both run, in order, and their outcomes are joined in that order. */
class DeadlineJobTest {

    record Mark(String scan, String id, LocalDate today) {
    }

    private final CommandGateway commands = mock(CommandGateway.class);
    private final DeadlineScanner scanner = new DeadlineScanner(commands,
            Clock.fixed(Instant.parse("2026-11-27T23:30:00Z"), ZoneId.of("Europe/Stockholm")),
            new SimpleMeterRegistry());
    private final List<Mark> sent = new ArrayList<>();

    private final DeadlineJob job = new DeadlineJob(scanner,
            new DeadlineScan<>("first", today -> List.of("a", "b"), id -> id, (id, today) -> new Mark("first", id, today)),
            new DeadlineScan<>("second", today -> List.of("c"), id -> id, (id, today) -> new Mark("second", id, today))) {
    };

    @Test
    void runsEveryScanInOrderAndJoinsTheirOutcomes() {
        when(commands.sendAndWait(any())).thenAnswer(call -> {
            Mark mark = call.getArgument(0);
            sent.add(mark);
            if (mark.id().equals("b")) {
                throw new IllegalStateException("store away");
            }
            return mark.id().equals("c");
        });

        DeadlineScanner.Outcome outcome = job.run(LocalDate.parse("2026-12-01"));

        assertThat(outcome.sent()).containsExactly("a", "b", "c");
        assertThat(outcome.applied()).containsExactly("c");
        assertThat(outcome.failed()).containsExactly("b");
        assertThat(sent).extracting(Mark::scan).containsExactly("first", "first", "second");
    }

    @Test
    void theScheduleAndTheDaylessRunUseTheClocksToday() {
        when(commands.sendAndWait(any())).thenAnswer(call -> sent.add(call.getArgument(0)));

        job.runScheduled();
        assertThat(job.run().applied()).containsExactly("a", "b", "c");

        assertThat(sent).hasSize(6).extracting(Mark::today).containsOnly(LocalDate.parse("2026-11-28"));
    }
}
