package se.rjh.mtp.groups;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.groups.assignment.projection.AssignmentQueries;
import se.rjh.mtp.groups.workinggroup.projection.WorkingGroupQueries;
import se.rjh.mtp.platform.web.VersionedResource;

/**
 * The single resources a page reads right after a command, versioned by their aggregate's last sequence number
 * ({@code ETag}, {@code If-Match} on the commands under them). An assignment and a group are read from projections,
 * so their reads wait for the projection to catch up; a device is folded from the event store.
 */
@Configuration(proxyBeanMethods = false)
class ResourceVersions {

    @Bean
    VersionedResource assignmentVersion(EventStore eventStore, AssignmentQueries assignments) {
        return VersionedResource.projected("/api/assignments/{" + VersionedResource.ID + "}", eventStore,
                assignments::lastSequence);
    }

    @Bean
    VersionedResource workingGroupVersion(EventStore eventStore, WorkingGroupQueries groups) {
        return VersionedResource.projected("/api/groups/{" + VersionedResource.ID + "}", eventStore,
                groups::lastSequence);
    }

    @Bean
    VersionedResource deviceVersion(EventStore eventStore) {
        return VersionedResource.eventSourced("/api/devices/{" + VersionedResource.ID + "}", eventStore);
    }
}
