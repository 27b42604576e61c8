package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.REGISTRATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * The case was voided (makulerat) with a reason, step VOIDED. {@code previousStep} is the step it was voided in;
 * {@code origin} is the LAG question the case was opened for (so the assignment gets the reason as its answer), or null.
 */
@Revision("1")
public record CaseVoided(
        String caseId,
        String caseNumber,
        CaseType caseType,
        String previousStep,
        @ProtectedText(REGISTRATION) String reason,
        CaseOrigin origin) {

    /** A case that was not opened from a LAG question. */
    public CaseVoided(String caseId, String caseNumber, CaseType caseType, String previousStep, String reason) {
        this(caseId, caseNumber, caseType, previousStep, reason, null);
    }
}
