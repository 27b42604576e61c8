package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/** A risk assessment: severity × probability (each 1–5) gives the score and its level. */
@Revision("1")
public record RiskAssessed(
        String caseId,
        int severity,
        int probability,
        int score,
        RiskLevel level,
        String comment) {
}
