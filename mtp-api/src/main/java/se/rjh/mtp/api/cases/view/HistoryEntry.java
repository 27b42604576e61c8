package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One event of a case's history: what happened, when, by whom, with the event's data. */
@Schema(description = "One event of a case's history: what happened, when, by whom, with the event's data.")
public record HistoryEntry(
        @Schema(description = "The event's position in the case's history, from 0.") long sequence,
        @Schema(description = "The event type's simple name, e.g. CaseReceived.") String type,
        @Schema(description = "When the event was stored.") Instant occurredAt,
        @Schema(description = "Who caused it: a user, or system:<service>.") String actor,
        @Schema(description = "The event's fields; on a secrecy-marked case its free text is masked as in the case "
                + "view.")
        Object data) {
}
