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

    /** The chair keeps a written assignment as a draft, to issue later; @return the draft's id */
    String draft(GroupCommands.NewAssignment assignment);

    /**
     * One step of an assignment (see {@link GroupCommands.AssignmentStep} for each step's body; ISSUE issues a
     * draft, the chair's or a case decision's, its due date replacing the draft's when not null).
     */
    void step(String assignmentId, GroupCommands.AssignmentStep step, Object body);

    /** @return the question's id; case-service opens a case for it */
    String raiseQuestion(String assignmentId, GroupCommands.Question question);
}
