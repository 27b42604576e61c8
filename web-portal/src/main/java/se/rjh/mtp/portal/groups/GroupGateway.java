package se.rjh.mtp.portal.groups;

import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.WorkingGroupView;

/**
 * group-service: the groups and their members, and the LAGs' written assignments. Every call carries the signed-in
 * user's token, so group-service decides what the user may do (role, and membership of the assignment's LAG).
 *
 * @see GroupCommands for the command bodies, as group-service declares them
 */
public interface GroupGateway {

    /** LSG MTP and its LAGs, with their current members and membership history. */
    List<WorkingGroupView> groups();

    WorkingGroupView group(String groupId);

    void appoint(String groupId, GroupCommands.Appointment appointment);

    void endMembership(String groupId, String userName);

    /** The group's assignments, newest first. */
    List<AssignmentView> assignments(String groupId);

    AssignmentView assignment(String assignmentId);

    /** @return the new assignment's id */
    String issue(GroupCommands.NewAssignment assignment);

    /** Issues an assignment a case decision drafted; {@code dueDate} replaces the draft's when not null. */
    void issueDraft(String assignmentId, LocalDate dueDate);

    void accept(String assignmentId);

    void decline(String assignmentId, GroupCommands.Reason reason);

    void reportProgress(String assignmentId, GroupCommands.ProgressReport report);

    void deliver(String assignmentId, GroupCommands.Delivery delivery);

    void giveFeedback(String assignmentId, GroupCommands.Feedback feedback);

    void cancel(String assignmentId, GroupCommands.Reason reason);

    /** @return the question's id; case-service opens a case for it */
    String raiseQuestion(String assignmentId, GroupCommands.Question question);
}
