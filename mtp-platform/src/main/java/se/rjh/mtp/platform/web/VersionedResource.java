package se.rjh.mtp.platform.web;

import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A resource whose path names one event-sourced aggregate, versioned by the aggregate's last sequence number: its
 * {@code GET} answers with that number as {@code ETag}, and every command under its path honours an optional
 * {@code If-Match} ({@link AggregateVersionInterceptor}). Declare one as a bean in the service that owns it.
 *
 * @param pattern      the resource's path, with {@code {id}} naming the aggregate, e.g. {@code /api/cases/{id}}
 * @param lastSequence the aggregate's last sequence number; empty when there is no such aggregate
 */
public record VersionedResource(String pattern, Function<String, Optional<Long>> lastSequence) {

    /** The path variable that names the aggregate. */
    public static final String ID = "id";

    public VersionedResource {
        if (!pattern.contains("{" + ID + "}")) {
            throw new IllegalArgumentException("a versioned resource's path must name the aggregate as {" + ID + "}");
        }
    }

    /** Versioned by the event store's own sequence, the one its append checks. */
    public static VersionedResource eventSourced(String pattern, EventStore eventStore) {
        return new VersionedResource(pattern, eventStore::lastSequenceNumberFor);
    }
}
