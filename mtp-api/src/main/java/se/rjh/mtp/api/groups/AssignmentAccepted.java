package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The LAG took the assignment on. */
@Revision("1")
public record AssignmentAccepted(String assignmentId, String groupId, String acceptedBy, LocalDate acceptedOn) {
}
