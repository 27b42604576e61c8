package se.rjh.mtp.groups.workinggroup.domain;

import java.util.Optional;

/**
 * Looks a group up while a command is handled. The service answers it from the group aggregate itself, inside the
 * same unit of work, so a membership check never acts on a stale read model.
 */
public interface WorkingGroupDirectory {

    Optional<GroupEntry> find(String groupId);
}
