package se.rjh.mtp.groups.workinggroup.domain;

import java.util.Set;
import se.rjh.mtp.api.groups.GroupKind;

/**
 * A group as {@link WorkingGroupDirectory} lists it for other aggregates' rules: its name, kind, whether it is active
 * and who is in it right now.
 */
public record GroupEntry(String groupId, String name, GroupKind kind, boolean active, Set<String> currentMembers) {

    public boolean isActiveLag() {
        return active && kind == GroupKind.LAG;
    }

    public boolean isActiveLsg() {
        return active && kind == GroupKind.LSG;
    }

    public boolean hasMember(String userName) {
        return active && currentMembers.contains(userName);
    }
}
