package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/** The chair reopened a closed case, for a reason, step IN_PREPARATION; the earlier decision stays in its history. */
@Revision("1")
public record CaseReopened(
        String caseId,
        String caseNumber,
        CaseType caseType,
        String reason) {
}
