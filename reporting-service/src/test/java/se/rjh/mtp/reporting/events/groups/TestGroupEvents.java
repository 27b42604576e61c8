package se.rjh.mtp.reporting.events.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Stand-ins for group-service assignment events (read by type name and field names only). */
public final class TestGroupEvents {

    private TestGroupEvents() {
    }

    @Revision("1")
    public record AssignmentIssued(String assignmentId, String groupId, String groupName, String title,
                                   LocalDate dueDate, String caseId) {
    }

    @Revision("1")
    public record ProgressReported(String assignmentId, String status, String summary) {
    }

    @Revision("1")
    public record AssignmentOverdue(String assignmentId) {
    }

    @Revision("1")
    public record AssignmentCompleted(String assignmentId) {
    }
}
