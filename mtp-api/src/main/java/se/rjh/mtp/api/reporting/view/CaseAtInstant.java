package se.rjh.mtp.api.reporting.view;

import java.util.Map;

/**
 * A case as it stood at an instant: its own events up to then, folded in sequence order
 *
 * @param asOf The instant asked for (ISO-8601)
 * @param lastEventAt When the last applied event happened (ISO-8601 instant)
 * @param state The case row as it was then (unmasked: auditors only)
 * @param fields Every data field of the applied events, the latest value winning
 */
public record CaseAtInstant(
        String caseId,
        String asOf,
        int eventsApplied,
        String lastEventType,
        String lastEventAt,
        CaseRow state,
        Map<String, Object> fields) {
}
