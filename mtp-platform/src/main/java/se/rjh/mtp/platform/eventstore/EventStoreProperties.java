package se.rjh.mtp.platform.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a service keeps its history, and how long any one MongoDB operation may take. The URI alone decides whether
 * it is the embedded server or a replica set; the timeouts here win over the same options in the URI, so that each
 * is set in one place.
 *
 * @param uri                    MongoDB connection string
 * @param database               the service's own database; no two services share one
 * @param snapshotThreshold      events after which an aggregate is snapshotted
 * @param gapTimeout             how long a reserved but missing global index is awaited before it counts as abandoned
 * @param connectTimeout         opening a connection to a server
 * @param socketTimeout          waiting for a server's answer on an open connection (read timeout); longer than any
 *                               single query or write should take
 * @param serverSelectionTimeout finding a server to send to (a writable primary for writes); also how long a request
 *                               waits while the database is away before it is answered 503
 * @param writeConcernTimeout    {@code wtimeout} of the majority write concern: how long a write waits for the
 *                               majority's acknowledgement; past it the outcome is read back (see {@code CommitWriter})
 * @param cachedEvents           the newest events kept in memory for the service's tracking processors; one further
 *                               behind reads from the store instead (Axon's default of 10,000 held about a third of
 *                               case-service's live heap after a load run: BENCHMARKS.md)
 */
@ConfigurationProperties(prefix = "mtp.mongo")
public record EventStoreProperties(String uri, String database, Integer snapshotThreshold, Duration gapTimeout,
                                   Duration connectTimeout, Duration socketTimeout, Duration serverSelectionTimeout,
                                   Duration writeConcernTimeout, Integer cachedEvents) {

    public EventStoreProperties {
        if (database == null || database.isBlank()) {
            throw new IllegalStateException("mtp.mongo.database must name the service's own database");
        }
        snapshotThreshold = snapshotThreshold == null ? 100 : snapshotThreshold;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(20) : socketTimeout;
        serverSelectionTimeout = serverSelectionTimeout == null ? Duration.ofSeconds(5) : serverSelectionTimeout;
        writeConcernTimeout = writeConcernTimeout == null ? Duration.ofSeconds(10) : writeConcernTimeout;
        cachedEvents = cachedEvents == null ? 1_000 : cachedEvents;
        if (cachedEvents < 1) {
            throw new IllegalStateException("mtp.mongo.cached-events must be at least 1");
        }
    }
}
