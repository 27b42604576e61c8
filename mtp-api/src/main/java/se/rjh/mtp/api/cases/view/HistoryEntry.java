package se.rjh.mtp.api.cases.view;

import java.time.Instant;

/**
 * One event of a case's history: what happened, when, by whom, with the event's data.
 *
 * @param sequence The event's position in the case's history, from 0.
 * @param type The event type's simple name, e.g. CaseReceived.
 * @param occurredAt When the event was stored.
 * @param actor Who caused it: a user, or system:<service>.
 * @param data The event's fields; on a secrecy-marked case its free text is masked as in the case view.
 */
public record HistoryEntry(
        long sequence,
        String type,
        Instant occurredAt,
        String actor,
        Object data) {
}
