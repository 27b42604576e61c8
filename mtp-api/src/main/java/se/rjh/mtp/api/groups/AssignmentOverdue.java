package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The due date passed before delivery. Raised once per assignment. */
@Revision("1")
public record AssignmentOverdue(String assignmentId, String groupId, LocalDate dueDate, LocalDate detectedOn) {
}
