package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/** A decision was proposed (förslag till beslut), step DECISION_PROPOSED. {@code noConsultationReason} is set when no consultation was held. */
@Revision("1")
public record DecisionProposed(
        String caseId,
        String caseNumber,
        CaseType caseType,
        String proposal,
        String rationale,
        String noConsultationReason) {
}
