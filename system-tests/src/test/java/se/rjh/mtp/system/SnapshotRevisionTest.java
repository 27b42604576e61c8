package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.system.SystemUnderTest.Service;

/**
 * A snapshot holds an aggregate's fields as they were when it was taken. Each aggregate carries {@code @Revision},
 * and Axon then loads only snapshots of that revision: after a change to the aggregate's fields the revision is
 * raised, older snapshots are passed over and the aggregate is rebuilt from its events, instead of starting from a
 * snapshot that lacks the new fields.
 */
class SnapshotRevisionTest {

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of(Service.CASES, Service.GROUPS, Service.GUIDELINES);

    @Test
    void everyServiceLoadsOnlySnapshotsOfItsAggregatesCurrentRevision() {
        int checked = 0;
        for (Service service : List.of(Service.CASES, Service.GROUPS, Service.GUIDELINES)) {
            Configuration axon = system.service(service).bean(Configuration.class);
            for (AggregateConfiguration<?> aggregate : axon.findModules(AggregateConfiguration.class)) {
                Class<?> type = aggregate.aggregateType();
                Revision revision = type.getAnnotation(Revision.class);
                assertThat(revision).as(type.getName() + " carries @Revision").isNotNull();
                assertThat(aggregate.snapshotFilter().allow(snapshot(type, revision.value())))
                        .as(type.getSimpleName() + ": a snapshot of the current revision").isTrue();
                assertThat(aggregate.snapshotFilter().allow(snapshot(type, null)))
                        .as(type.getSimpleName() + ": a snapshot from before revisions").isFalse();
                assertThat(aggregate.snapshotFilter().allow(snapshot(type, revision.value() + "-older")))
                        .as(type.getSimpleName() + ": a snapshot of another revision").isFalse();
                checked++;
            }
        }
        assertThat(checked).as("aggregates checked").isGreaterThanOrEqualTo(10);
    }

    private static GenericDomainEventEntry<String> snapshot(Class<?> type, String revision) {
        return new GenericDomainEventEntry<>(type.getSimpleName(), "id-1", 5, "snapshot-1", Instant.now(),
                type.getName(), revision, "{}", "{}");
    }
}
