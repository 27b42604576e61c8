package se.rjh.mtp.portal.groups;

import java.util.EnumSet;
import java.util.Set;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.portal.web.SignedInUser;

/**
 * What the signed-in user may do with a LAG's assignments, as group-service decides it: the chair's commands need the
 * LSG_CHAIR role; the LAG's need the LAG_MEMBER role and a current membership of that LAG. The pages offer only what
 * this allows; group-service checks again.
 *
 * @param chair     may issue, give feedback and cancel
 * @param lagMember may accept, decline, report, deliver and ask, for this LAG
 */
record Viewer(boolean chair, boolean lagMember) {

    private static final String LSG_CHAIR = SignedInUser.LSG_CHAIR;
    private static final String LAG_MEMBER = "LAG_MEMBER";
    private static final String ADMIN = "ADMIN";
    /** Where a question may be raised; the aggregate says the same ("issued, accepted, ongoing or delivered"). */
    private static final Set<AssignmentStatus> QUESTIONS = EnumSet.of(AssignmentStatus.ISSUED,
            AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.DELIVERED);
    /** What can still be cancelled: all but a declined, completed or cancelled assignment. */
    private static final Set<AssignmentStatus> CANCELLABLE = EnumSet.of(AssignmentStatus.DRAFTED,
            AssignmentStatus.ISSUED, AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.DELIVERED);

    static Viewer of(SignedInUser user, WorkingGroupView lag) {
        boolean member = user.has(LAG_MEMBER) && lag.members() != null
                && lag.members().stream().anyMatch(m -> user.name().equals(m.userName()));
        return new Viewer(user.has(LSG_CHAIR), member);
    }

    /** Appointing and ending memberships: the chair, or an administrator. */
    static boolean managesGroups(SignedInUser user) {
        return user.has(LSG_CHAIR) || user.has(ADMIN);
    }

    Actions actions(AssignmentView assignment) {
        AssignmentStatus status = assignment.status();
        return new Actions(Move.ISSUE.legalFrom(status, chair, lagMember),
                Move.COMPLETE.legalFrom(status, chair, lagMember),
                chair && CANCELLABLE.contains(status),
                Move.ACCEPT.legalFrom(status, chair, lagMember),
                lagMember && status == AssignmentStatus.ISSUED,
                lagMember && (status == AssignmentStatus.ACCEPTED || status == AssignmentStatus.IN_PROGRESS),
                Move.DELIVER.legalFrom(status, chair, lagMember),
                lagMember && QUESTIONS.contains(status));
    }

    /** The commands the assignment page offers this user in the assignment's status. */
    record Actions(boolean issue, boolean feedback, boolean cancel, boolean accept, boolean decline, boolean report,
                   boolean deliver, boolean ask) {

        public boolean chairs() {
            return issue || feedback || cancel;
        }

        public boolean lags() {
            return accept || decline || report || deliver || ask;
        }
    }
}
