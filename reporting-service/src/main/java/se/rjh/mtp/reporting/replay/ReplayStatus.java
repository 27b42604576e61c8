package se.rjh.mtp.reporting.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** What a replay is doing now; {@code percent} and {@code eventsPerSecond} are the progress an operator watches. */
public record ReplayStatus(String state, Integer generation, int activeGeneration, long totalEvents,
                           long processedEvents, double percent, double eventsPerSecond, Instant startedAt,
                           Instant finishedAt, String error, Map<String, Object> digestsBefore,
                           Map<String, Object> digestsAfter) {

    static ReplayStatus idle(int activeGeneration) {
        return new ReplayStatus("IDLE", null, activeGeneration, 0, 0, 0, 0, null, null, null, null, null);
    }

    static double percent(long processed, long total) {
        return total == 0 ? 100.0 : Math.round(1000.0 * processed / total) / 10.0;
    }

    static double rate(long processed, Instant startedAt, Instant now) {
        long ms = Math.max(1, Duration.between(startedAt, now).toMillis());
        return Math.round(processed * 10_000.0 / ms) / 10.0;
    }
}
