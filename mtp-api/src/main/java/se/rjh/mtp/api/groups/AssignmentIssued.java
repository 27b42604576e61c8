package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The LSG gave a LAG a written assignment (skriftligt uppdrag). {@code caseId} is optional. */
@Revision("1")
public record AssignmentIssued(
        String assignmentId,
        String groupId,
        String groupName,
        String title,
        String description,
        List<String> deliverables,
        LocalDate dueDate,
        String caseId,
        String issuedBy,
        LocalDate issuedOn) {
}
