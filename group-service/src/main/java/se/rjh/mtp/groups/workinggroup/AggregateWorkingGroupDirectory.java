package se.rjh.mtp.groups.workinggroup;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.rjh.mtp.groups.lookup.AggregateLookup;
import se.rjh.mtp.groups.workinggroup.domain.GroupEntry;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroup;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupDirectory;

/**
 * Answers from the group aggregate, loaded in the current unit of work: membership is checked against the history
 * itself, not against a read model that may still be catching up.
 */
@Component
record AggregateWorkingGroupDirectory(AggregateLookup lookup) implements WorkingGroupDirectory {

    @Override
    public Optional<GroupEntry> find(String groupId) {
        return lookup.read(WorkingGroup.class, groupId, WorkingGroup::entry);
    }
}
