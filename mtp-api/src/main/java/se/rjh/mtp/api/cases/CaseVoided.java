package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.REGISTRATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** The case was voided (makulerat) with a reason, step VOIDED. {@code previousStep} is the step it was voided in. */
@Revision("1")
public record CaseVoided(
        String caseId,
        String caseNumber,
        CaseType caseType,
        String previousStep,
        @ProtectedText(REGISTRATION) String reason) {
}
