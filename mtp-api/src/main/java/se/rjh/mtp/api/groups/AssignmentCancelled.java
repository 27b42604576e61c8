package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The LSG withdrew the assignment, with its reason. */
@Revision("1")
public record AssignmentCancelled(String assignmentId, String groupId, String reason, String cancelledBy,
                                  LocalDate cancelledOn) {
}
