package se.rjh.mtp.groups.workinggroup;

import java.util.Optional;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.rjh.mtp.groups.workinggroup.domain.GroupEntry;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroup;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupDirectory;

/**
 * Answers from the group aggregate, loaded in the current unit of work: membership is checked against the history
 * itself, not against a read model that may still be catching up.
 */
@Component
class AggregateWorkingGroupDirectory implements WorkingGroupDirectory {

    // Resolved on use: the Axon configuration is built after the aggregates that take this directory as a resource.
    private final ObjectProvider<Configuration> axon;

    AggregateWorkingGroupDirectory(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @Override
    public Optional<GroupEntry> find(String groupId) {
        try {
            return Optional.of(axon.getObject().repository(WorkingGroup.class).load(groupId).invoke(WorkingGroup::entry));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
