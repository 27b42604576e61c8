package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/** The case was voided (makulerat) with a reason, step VOIDED. {@code previousStep} is the step it was voided in. */
@Revision("1")
public record CaseVoided(
        String caseId,
        String caseNumber,
        CaseType caseType,
        String previousStep,
        String reason) {
}
