package se.rjh.mtp.platform.web;

import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A resource whose path names one event-sourced aggregate, versioned by the aggregate's last sequence number: its
 * {@code GET} answers with that number as {@code ETag}, and every command under its path honours an optional
 * {@code If-Match} ({@link AggregateVersionInterceptor}). Declare one as a bean in the service that owns it.
 *
 * @param pattern           the resource's path, with {@code {id}} naming the aggregate, e.g. {@code /api/cases/{id}}
 * @param lastSequence      the aggregate's last sequence number in the event store, the one a command's
 *                          {@code If-Match} is checked against; empty when there is no such aggregate
 * @param projectedSequence for a body read from a projection: the last sequence number its document has applied
 *                          (empty while there is no document); null when the body is read from the event store
 */
public record VersionedResource(String pattern, Function<String, Optional<Long>> lastSequence,
                                Function<String, Optional<Long>> projectedSequence) {

    /** The path variable that names the aggregate. */
    public static final String ID = "id";

    public VersionedResource {
        if (!pattern.contains("{" + ID + "}")) {
            throw new IllegalArgumentException("a versioned resource's path must name the aggregate as {" + ID + "}");
        }
    }

    /** Versioned by the event store's own sequence, the one its append checks; the body is read from the store. */
    public static VersionedResource eventSourced(String pattern, EventStore eventStore) {
        return new VersionedResource(pattern, eventStore::lastSequenceNumberFor, null);
    }

    /**
     * The body is a projection's document, written by a tracking processor a moment after the command returned. So
     * that a page read right after a command shows it (read your own writes), a {@code GET} waits briefly for the
     * document to reach the event store's sequence, and its {@code ETag} is the version the document shows.
     *
     * @param projectedSequence the last sequence number of the aggregate that the document has applied, read by
     *                          {@code _id}; the projection must move it for every event of the aggregate, also those
     *                          that change nothing it shows, or a read would wait for one it never applies
     */
    public static VersionedResource projected(String pattern, EventStore eventStore,
                                              Function<String, Optional<Long>> projectedSequence) {
        return new VersionedResource(pattern, eventStore::lastSequenceNumberFor, projectedSequence);
    }

    public boolean isProjected() {
        return projectedSequence != null;
    }
}
