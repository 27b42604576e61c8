package se.rjh.mtp.platform.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.platform.eventstore.TestEvents.Thing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UpcastingAndProcessorTest {

    /** Revision-less Thing events stored before "value" existed. */
    record OldThing(String name) {
    }

    /** Turns an OldThing into a Thing with value 42. */
    static final class OldThingUpcaster extends SingleEventUpcaster {
        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().getName().equals(OldThing.class.getName());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(new SimpleSerializedType(Thing.class.getName(), null), JsonNode.class,
                                                node -> ((ObjectNode) node).put("value", 42));
        }
    }

    private EmbeddedMongo mongo;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void upcasterIsAppliedOnRead() {
        MongoCommitEventStorageEngine engine = TestEvents.engineBuilder(mongo, "up")
                                                         .upcasterChain(new OldThingUpcaster()).build();
        engine.appendEvents(new GenericDomainEventMessage<>("Agg", "a", 0, new OldThing("old")));

        assertThat(engine.readEvents("a").asStream().map(e -> (Object) e.getPayload()))
                .containsExactly(new Thing("old", 42));
        assertThat(engine.readEvents(null, false).map(e -> (Object) e.getPayload()))
                .containsExactly(new Thing("old", 42));
    }

    @Test
    void trackingProcessorOverEmbeddedEventStoreSeesAllEventsInOrder() {
        MongoCommitEventStorageEngine engine = TestEvents.engineBuilder(mongo, "proc").batchSize(7).build();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<EventMessage<?>> commit = new ArrayList<>(TestEvents.events("agg" + (i % 3), i / 3 * 2L, 2));
            store.publish(commit);
            commit.forEach(e -> published.add(e.getIdentifier()));
        }

        List<String> seen = new CopyOnWriteArrayList<>();
        EventMessageHandler handler = event -> {
            seen.add(event.getIdentifier());
            return null;
        };
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name("test")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                .messageSource(store)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
        processor.start();
        try {
            EventMessage<?> publishedWhileRunning = TestEvents.event("late", 0);
            store.publish(publishedWhileRunning);
            published.add(publishedWhileRunning.getIdentifier());
            await().until(() -> seen.size() >= published.size());
            assertThat(seen).containsExactlyElementsOf(published);
        } finally {
            processor.shutDown();
            store.shutDown();
        }
    }
}
