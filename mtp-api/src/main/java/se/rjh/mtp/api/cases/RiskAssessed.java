package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** A risk assessment: severity × probability (each 1–5) gives the score and its level. */
@Revision("1")
public record RiskAssessed(
        String caseId,
        int severity,
        int probability,
        int score,
        RiskLevel level,
        @ProtectedText(PREPARATION) String comment) {
}
