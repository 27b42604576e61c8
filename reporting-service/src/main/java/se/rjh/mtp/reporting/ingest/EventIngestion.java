package se.rjh.mtp.reporting.ingest;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;

/**
 * The single live consumer of all three topics (tracking processor {@value #GROUP} on {@code mtpKafkaSource}).
 * Takes every event as {@code Object}, so an event class it has never seen is still recorded.
 */
@Component
@ProcessingGroup(EventIngestion.GROUP)
class EventIngestion {

    static final String GROUP = "case-pipeline";

    private final ReadModelWriter writer;
    private final Serializer serializer;

    EventIngestion(ReadModelWriter writer, @Qualifier("eventSerializer") Serializer serializer) {
        this.writer = writer;
        this.serializer = serializer;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        writer.applyLive(AuditRecords.from(message, serializer));
    }
}
