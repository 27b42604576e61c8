package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** A decision was proposed (förslag till beslut), step DECISION_PROPOSED. {@code noConsultationReason} is set when no consultation was held. */
@Revision("1")
public record DecisionProposed(
        String caseId,
        String caseNumber,
        CaseType caseType,
        @ProtectedText(PREPARATION) String proposal,
        @ProtectedText(PREPARATION) String rationale,
        @ProtectedText(PREPARATION) String noConsultationReason) {
}
