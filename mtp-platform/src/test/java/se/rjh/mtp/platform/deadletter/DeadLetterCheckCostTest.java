package se.rjh.mtp.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import se.rjh.mtp.platform.eventstore.EmbeddedMongo;
import se.rjh.mtp.platform.processing.FailurePolicies;
import se.rjh.mtp.platform.processing.ProcessingProperties;

/**
 * The queue check each event of a dead-letter group makes, counted on the wire, with the platform's queue wiring on a
 * real Axon configuration and a real tracking processor: an empty queue costs no query per event, and a sequence
 * parked by a failure still holds back its aggregate's later events while other aggregates go on.
 */
class DeadLetterCheckCostTest {

    private static final String GROUP = "cost-list";
    private static final String QUEUE = "deadletters";

    private EmbeddedMongo mongo;
    private MongoClient client;
    private final AtomicInteger queueCommands = new AtomicInteger();
    private Configuration axon;

    @ProcessingGroup(GROUP)
    static final class Projection {
        final List<String> handled = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(String text, DomainEventMessage<String> event) {
            if (text.equals("poison")) {
                throw new IllegalStateException("cannot apply " + event.getAggregateIdentifier());
            }
            handled.add(event.getAggregateIdentifier() + "/" + event.getSequenceNumber());
        }
    }

    private final Projection projection = new Projection();

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        client = mongo.newClient(event -> {
            var target = event.getCommand().get(event.getCommandName());
            if (target != null && target.isString() && target.asString().getValue().equals(QUEUE)) {
                queueCommands.incrementAndGet();
            }
        });
        ProcessingProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("mtp.processing", ProcessingProperties.class);
        FailurePolicies policies = FailurePolicies.of(properties, new StandardEnvironment());
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.eventProcessing()
                .registerTrackingEventProcessor(GROUP)
                .registerEventHandler(c -> projection)
                .registerTokenStore(c -> new InMemoryTokenStore());
        new DeadLetterConfiguration().mtpDeadLetterQueues(policies,
                DefaultMongoTemplate.builder().mongoDatabase(client.getDatabase("dlq")).build()).configureModule(configurer);
        axon = configurer.start();
    }

    @AfterEach
    void tearDown() {
        axon.shutdown();
        client.close();
        mongo.close();
    }

    private void publish(String aggregate, long sequence, String text) {
        axon.eventBus().publish(new GenericDomainEventMessage<>("Thing", aggregate, sequence, text));
    }

    @Test
    void anEmptyQueueCostsNoQueryPerEvent() {
        publish("warm-up", 0, "x");
        await().until(() -> projection.handled.size() == 1);
        int before = queueCommands.get();

        int events = Integer.getInteger("mtp.deadletter.cost.events", 40);
        for (int i = 0; i < events; i++) {
            publish("a" + i % 5, i / 5, "x");
        }
        await().until(() -> projection.handled.size() == 1 + events);

        int perRun = queueCommands.get() - before;
        System.out.printf("dead-letter queue commands while handling %d events: %d%n", events, perRun);
        assertThat(perRun).isZero();
    }

    @Test
    void aParkedSequenceStillHoldsBackItsLaterEvents() {
        publish("a", 0, "poison");
        publish("a", 1, "x");
        publish("b", 0, "x");
        publish("a", 2, "x");
        publish("b", 1, "x");
        await().until(() -> projection.handled.size() == 2);

        assertThat(projection.handled).containsExactly("b/0", "b/1");
        assertThat(axon.eventProcessingConfiguration().deadLetterQueue(GROUP).orElseThrow().size()).isEqualTo(3);
    }
}
