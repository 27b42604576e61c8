package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The LAG declined the assignment, with its reason. */
@Revision("1")
public record AssignmentDeclined(String assignmentId, String groupId, String reason, String declinedBy,
                                 LocalDate declinedOn) {
}
