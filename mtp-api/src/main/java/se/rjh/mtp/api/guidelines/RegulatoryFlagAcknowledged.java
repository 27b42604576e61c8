package se.rjh.mtp.api.guidelines;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Someone who writes guidelines has seen a regulatory-change flag and taken it on (kvitterat); the flag stays listed.
 * Once per flag.
 *
 * @param followUpId the case follow-up that raised the flag
 */
@Revision("1")
public record RegulatoryFlagAcknowledged(
        String documentNumber,
        String caseId,
        String followUpId,
        String acknowledgedBy,
        LocalDate acknowledgedOn) {
}
