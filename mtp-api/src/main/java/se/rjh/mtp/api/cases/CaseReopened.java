package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** The chair reopened a closed case, for a reason, step IN_PREPARATION; the earlier decision stays in its history. */
@Revision("1")
public record CaseReopened(
        String caseId,
        String caseNumber,
        CaseType caseType,
        @ProtectedText(PREPARATION) String reason) {
}
