package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The decision on a case that one of this assignment's questions opened, shown on the assignment. */
@Revision("1")
public record CaseDecisionRecorded(String assignmentId, String groupId, String questionId, String caseId,
                                   String caseNumber, String decision, LocalDate decidedOn) {
}
