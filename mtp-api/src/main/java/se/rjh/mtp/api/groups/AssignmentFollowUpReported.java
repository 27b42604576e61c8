package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.cases.FollowUpReport;

/**
 * The assignment a decision's LAG_ASSIGNMENT follow-up asked for reached its end: DONE when the LSG's feedback
 * completed it, NOT_POSSIBLE when the named LAG does not exist or the assignment was declined or cancelled. Raised once
 * per case and follow-up, by the assignment whose id is derived from them.
 */
@Revision("1")
public record AssignmentFollowUpReported(String assignmentId, String groupId, String caseId, String followUpId,
                                         FollowUpOutcome outcome, String reason, LocalDate reportedOn)
        implements FollowUpReport {
}
