package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** The case was handed from one case officer (handläggare) to another, for a reason. */
@Revision("1")
public record CaseOfficerReassigned(
        String caseId,
        String caseNumber,
        String previousCaseOfficer,
        String caseOfficer,
        @ProtectedText(PREPARATION) String reason) {
}
