package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/** The case was linked to a LAG assignment (uppdrag) that investigates it. */
@Revision("1")
public record CaseLinkedToAssignment(
        String caseId,
        String assignmentId) {
}
