package se.rjh.mtp.api.reporting.view;

import java.util.List;

/**
 * A case's full history across services, in time order: its own events, its diarienummer, the LAG assignments tied to
 * it and the guideline revision it caused
 */
public record AuditTrail(
        String caseId,
        List<AuditTrailEntry> entries) {
}
