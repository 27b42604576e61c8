package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/** The case was handed from one case officer (handläggare) to another, for a reason. */
@Revision("1")
public record CaseOfficerReassigned(
        String caseId,
        String caseNumber,
        String previousCaseOfficer,
        String caseOfficer,
        String reason) {
}
