package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * What a replay (rebuilding every read model from the topics) is doing now; percent and eventsPerSecond are the
 * progress an operator watches
 *
 * @param generation The generation being (or last) built
 * @param activeGeneration The generation queries read
 * @param error Why the replay failed
 * @param digestsBefore Digests of the active generation when the replay started
 * @param digestsAfter Digests of the rebuilt generation
 */
public record ReplayStatus(
        State state,
        @Schema(nullable = true) Integer generation,
        int activeGeneration,
        long totalEvents,
        long processedEvents,
        double percent,
        double eventsPerSecond,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(nullable = true) String error,
        @Schema(nullable = true) GenerationDigests digestsBefore,
        @Schema(nullable = true) GenerationDigests digestsAfter) {

    public enum State { IDLE, RUNNING, DONE, FAILED }
}
