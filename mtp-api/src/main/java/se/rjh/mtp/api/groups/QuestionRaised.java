package se.rjh.mtp.api.groups;

import org.axonframework.serialization.Revision;

/**
 * A LAG asks the LSG a question arising from its work. case-service opens a case for it (channel LAG), exactly once
 * per {@code questionId}.
 *
 * @param questionId   unique id of the question; the case is opened idempotently on it
 * @param assignmentId the assignment the question arose from (may be null for a question outside an assignment)
 * @param groupId      the LAG that asks
 * @param subject      short subject, becomes the case's subject
 * @param text         the question, becomes the case's description
 * @param raisedBy     user name of the LAG member who asked
 * @param groupName    the LAG's name, shown as the case's submitter unit
 */
@Revision("1")
public record QuestionRaised(
        String questionId,
        String assignmentId,
        String groupId,
        String subject,
        String text,
        String raisedBy,
        String groupName) {
}
