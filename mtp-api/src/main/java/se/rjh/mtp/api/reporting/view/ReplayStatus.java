package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Schema(description = "What a replay (rebuilding every read model from the topics) is doing now; percent and "
        + "eventsPerSecond are the progress an operator watches")
public record ReplayStatus(
        State state,
        @Schema(description = "The generation being (or last) built", nullable = true) Integer generation,
        @Schema(description = "The generation queries read") int activeGeneration,
        long totalEvents,
        long processedEvents,
        double percent,
        double eventsPerSecond,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(description = "Why the replay failed", nullable = true) String error,
        @Schema(description = "Digests of the active generation when the replay started", nullable = true)
        GenerationDigests digestsBefore,
        @Schema(description = "Digests of the rebuilt generation", nullable = true) GenerationDigests digestsAfter) {

    public enum State { IDLE, RUNNING, DONE, FAILED }
}
