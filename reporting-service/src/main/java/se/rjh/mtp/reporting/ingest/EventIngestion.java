package se.rjh.mtp.reporting.ingest;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The single live consumer of all three topics (tracking processor {@value #GROUP} on {@code mtpKafkaSource}, which
 * hands over batches of up to its {@code batch-size}). Takes every event as {@code Object}, so an event class it has
 * never seen is still recorded; an event that cannot be read as a record fails here, alone, and is dead-lettered.
 */
@Component
@ProcessingGroup(EventIngestion.GROUP)
public class EventIngestion {

    /** Its processor; tests wait on its progress. */
    public static final String GROUP = "case-pipeline";

    private final LiveBatches batches;
    private final Serializer serializer;

    EventIngestion(LiveBatches batches, @Qualifier("eventSerializer") Serializer serializer) {
        this.batches = batches;
        this.serializer = serializer;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        batches.add(AuditRecords.from(message, serializer));
    }
}
