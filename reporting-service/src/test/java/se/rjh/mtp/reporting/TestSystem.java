package se.rjh.mtp.reporting;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.reporting.ingest.EventIngestion;
import se.rjh.mtp.testsupport.AppliedOffsets;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.StartedService;

/**
 * reporting-service on the embedded Kafka and Mongo, started once per test JVM and shared by the test classes
 * that need it. Other services' events are put on their topics exactly as their publishers do: Axon's Kafka
 * message converter over the platform serializer, keyed by aggregate id.
 */
final class TestSystem implements ExtensionContext.Store.CloseableResource {

    final EmbeddedInfrastructure infra;
    final StartedService service;
    final ConfigurableApplicationContext context;
    final Serializer serializer;
    private final KafkaProducer<String, byte[]> producer;
    private final DefaultKafkaMessageConverter converter;
    /** The offset of the last record this test run put on each partition. */
    private final Map<TopicPartition, Long> published = new ConcurrentHashMap<>();

    private TestSystem() {
        infra = EmbeddedInfrastructure.startForTests();
        infra.createTopics(EmbeddedInfrastructure.EVENT_TOPICS);
        service = StartedService.start(ReportingServiceApplication.class, ReportingServiceApplication.NAME, infra);
        context = service.context();
        serializer = context.getBean("eventSerializer", Serializer.class);
        converter = DefaultKafkaMessageConverter.builder().serializer(serializer).build();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** The one instance of this test run; JUnit closes it after the last test class, context before infrastructure. */
    static TestSystem get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestSystem.class, k -> new TestSystem(), TestSystem.class);
    }

    String baseUrl() {
        return service.baseUrl();
    }

    void publish(String topic, List<? extends DomainEventMessage<?>> events) {
        try {
            for (DomainEventMessage<?> event : events) {
                RecordMetadata sent = producer.send(converter.createKafkaMessage(event, topic))
                        .get(10, TimeUnit.SECONDS);
                published.merge(new TopicPartition(sent.topic(), sent.partition()), sent.offset(), Math::max);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** Waits until the live consumer has applied everything published so far, in every read model. */
    void awaitApplied() {
        AppliedOffsets.await(context, EventIngestion.GROUP, Map.copyOf(published), Await.DEFAULT);
    }

    /** Each event to its service's topic, as the three publishers would. */
    void publish(List<? extends DomainEventMessage<?>> events) {
        for (DomainEventMessage<?> event : events) {
            String type = event.getPayloadType().getName();
            String topic = type.contains(".groups.") || type.contains(".devices.") ? "mtp.groups.events"
                    : type.contains(".guidelines.") ? "mtp.guidelines.events" : "mtp.cases.events";
            publish(topic, List.of(event));
        }
    }

    @Override
    public void close() {
        StartedService.closeAll(producer, service, infra);
    }
}
