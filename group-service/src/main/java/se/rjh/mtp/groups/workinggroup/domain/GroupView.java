package se.rjh.mtp.groups.workinggroup.domain;

import java.util.Set;
import se.rjh.mtp.api.groups.GroupKind;

/** What other rules need to know about a group right now: its name, kind, whether it is active, who is in it. */
public record GroupView(String groupId, String name, GroupKind kind, boolean active, Set<String> currentMembers) {

    public boolean isActiveLag() {
        return active && kind == GroupKind.LAG;
    }

    public boolean hasMember(String userName) {
        return active && currentMembers.contains(userName);
    }
}
