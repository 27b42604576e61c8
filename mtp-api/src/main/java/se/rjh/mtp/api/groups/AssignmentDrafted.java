package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A decision's follow-up asked for a LAG assignment; the draft waits for the LSG chair to issue it.
 *
 * @param caseId     the decided case
 * @param followUpId the follow-up within that decision; one draft per (caseId, followUpId)
 */
@Revision("1")
public record AssignmentDrafted(
        String assignmentId,
        String groupId,
        String groupName,
        String title,
        String description,
        List<String> deliverables,
        LocalDate dueDate,
        String caseId,
        String followUpId) {
}
