package se.rjh.mtp.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DefaultEventBusSpanFactory;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.tracing.NoOpSpanFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The event store keeps only the newest {@code mtp.mongo.cached-events} in memory. A processor that falls further
 * behind than that must still see every event once, in order, read from the store (mongo-java-server over TCP).
 */
class EventCacheBoundTest {

    private EmbeddedMongo mongo;
    private EmbeddedEventStore store;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        EventStoreProperties properties = bind(Map.of("mtp.mongo.uri", "mongodb://unused",
                                                      "mtp.mongo.database", "cache",
                                                      "mtp.mongo.cached-events", "4"));
        store = EventStoreConfiguration.embeddedEventStore(
                TestEvents.engineBuilder(mongo, "cache").build(), properties, NoOpMessageMonitor.INSTANCE,
                DefaultEventBusSpanFactory.builder().spanFactory(NoOpSpanFactory.INSTANCE).build());
    }

    @AfterEach
    void tearDown() {
        store.shutDown();
        mongo.close();
    }

    private static EventStoreProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("mtp.mongo", EventStoreProperties.class);
    }

    private static List<String> take(BlockingStream<TrackedEventMessage<?>> stream, int count)
            throws InterruptedException {
        List<String> names = new ArrayList<>();
        while (names.size() < count && stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
            names.add(((TestEvents.Thing) stream.nextAvailable().getPayload()).name());
        }
        return names;
    }

    private static List<String> names(String aggregateId, int from, int count) {
        List<String> names = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            names.add(aggregateId + "-" + i);
        }
        return names;
    }

    @Test
    void aProcessorFurtherBehindThanTheCacheStillGetsEveryEventInOrder() throws InterruptedException {
        store.publish(TestEvents.events("a", 0, 3));
        try (BlockingStream<TrackedEventMessage<?>> slow = store.openStream(null);
             BlockingStream<TrackedEventMessage<?>> fresh = store.openStream(null)) {
            assertThat(take(slow, 2)).containsExactlyElementsOf(names("a", 0, 2));
            assertThat(take(fresh, 3)).containsExactlyElementsOf(names("a", 0, 3));

            for (int batch = 0; batch < 10; batch++) {
                store.publish(TestEvents.events("a", 3 + batch * 5L, 5));
                assertThat(take(fresh, 5)).containsExactlyElementsOf(names("a", 3 + batch * 5, 5));
            }

            assertThat(take(slow, 51)).containsExactlyElementsOf(names("a", 2, 51));
            assertThat(slow.hasNextAvailable()).isFalse();
        }
    }

    @Test
    void theBoundDefaultsToAThousandAndMustBePositive() {
        assertThat(bind(Map.of("mtp.mongo.database", "x")).cachedEvents()).isEqualTo(1_000);
        assertThatThrownBy(() -> bind(Map.of("mtp.mongo.database", "x", "mtp.mongo.cached-events", "0")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("mtp.mongo.cached-events");
    }
}
