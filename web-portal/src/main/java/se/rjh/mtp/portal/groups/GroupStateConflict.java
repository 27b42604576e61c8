package se.rjh.mtp.portal.groups;

import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * group-service answered 409: the assignment or group is no longer in the state the page showed (someone else acted
 * first), or the group's rules refuse the change as it stands (one chair at a time). Nothing was changed.
 */
public class GroupStateConflict extends ServiceRefusal {

    public GroupStateConflict(ServiceRefusal refusal) {
        super(refusal.status(), refusal.getMessage(), refusal.fieldProblems());
    }
}
