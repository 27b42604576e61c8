package se.rjh.mtp.platform.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a service keeps its history. The URI alone decides whether it is the embedded server or a replica set.
 *
 * @param uri               MongoDB connection string
 * @param database          the service's own database; no two services share one
 * @param snapshotThreshold events after which an aggregate is snapshotted
 * @param gapTimeout        how long a reserved but missing global index is awaited before it counts as abandoned
 */
@ConfigurationProperties(prefix = "mtp.mongo")
public record EventStoreProperties(String uri, String database, Integer snapshotThreshold, Duration gapTimeout) {

    public EventStoreProperties {
        if (database == null || database.isBlank()) {
            throw new IllegalStateException("mtp.mongo.database must name the service's own database");
        }
        snapshotThreshold = snapshotThreshold == null ? 100 : snapshotThreshold;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
    }
}
