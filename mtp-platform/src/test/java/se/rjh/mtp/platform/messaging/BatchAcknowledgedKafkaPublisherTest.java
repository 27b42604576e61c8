package se.rjh.mtp.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.ConfirmationMode;
import org.axonframework.extensions.kafka.eventhandling.producer.DefaultProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.platform.eventstore.EventHashes;
import se.rjh.mtp.platform.eventstore.MongoCommitEventStorageEngine;

/**
 * The outbox publisher against a real broker, driven by a real tracking processor over the real event store: a batch
 * is sent whole before its one acknowledgement wait, arrives in the store's order per aggregate with the hash headers,
 * and a record left unacknowledged in the middle of a batch makes the processor publish the whole batch again.
 */
class BatchAcknowledgedKafkaPublisherTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    private static final String HASH_HEADER = "axon-metadata-" + EventHashes.HASH_KEY;
    private static final String PREV_HASH_HEADER = "axon-metadata-" + EventHashes.PREV_HASH_KEY;

    private static EmbeddedInfrastructure infra;
    private static MongoClient mongo;

    record Noted(String text) {
    }

    @BeforeAll
    static void start() {
        infra = EmbeddedInfrastructure.startForTests();
        mongo = MongoClients.create(infra.mongoUri());
    }

    @AfterAll
    static void stop() {
        mongo.close();
        infra.close();
    }

    @Test
    void aBatchIsSentWholeThenAcknowledgedOnceInStoreOrderWithTheHashHeaders() throws Exception {
        Outbox outbox = new Outbox("outbox-batch", 12, n -> false);
        List<String> stored = outbox.store(3, 4);

        List<ConsumerRecord<String, byte[]>> records = outbox.publish(stored.size());

        assertThat(outbox.journal).hasSize(2 * stored.size());
        assertThat(outbox.journal.subList(0, stored.size())).allMatch(step -> step.startsWith("send "));
        assertThat(outbox.journal.subList(stored.size(), outbox.journal.size())).allMatch(step -> step.startsWith("ack "));
        assertThat(records).extracting(BatchAcknowledgedKafkaPublisherTest::messageId)
                .containsExactlyInAnyOrderElementsOf(stored);
        Map<String, List<String>> perAggregate = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            perAggregate.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(messageId(record));
            DomainEventMessage<?> storedEvent = outbox.storedEvent(record.key(), messageId(record));
            assertThat(header(record, HASH_HEADER)).isEqualTo(storedEvent.getMetaData().get(EventHashes.HASH_KEY));
            assertThat(header(record, PREV_HASH_HEADER))
                    .isEqualTo(storedEvent.getMetaData().get(EventHashes.PREV_HASH_KEY));
        }
        perAggregate.forEach((aggregate, ids) -> assertThat(ids).containsExactlyElementsOf(
                stored.stream().filter(id -> outbox.aggregateOf(id).equals(aggregate)).toList()));
    }

    @Test
    void aRecordUnacknowledgedMidBatchFailsTheBatchWhichIsPublishedAgainWhole() throws Exception {
        Outbox outbox = new Outbox("outbox-retry", 8, n -> n == 4);
        List<String> stored = outbox.store(2, 4);

        List<ConsumerRecord<String, byte[]>> records = outbox.publish(2 * stored.size());

        assertThat(outbox.failedAcknowledgements.get()).isEqualTo(1);
        // One partition per aggregate, so compare per aggregate: every record of the failed attempt, then all again.
        Map<String, List<String>> perAggregate = new LinkedHashMap<>();
        records.forEach(r -> perAggregate.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(messageId(r)));
        perAggregate.forEach((aggregate, ids) -> {
            List<String> once = stored.stream().filter(id -> outbox.aggregateOf(id).equals(aggregate)).toList();
            List<String> twice = new ArrayList<>(once);
            twice.addAll(once);
            assertThat(ids).containsExactlyElementsOf(twice);
        });
    }

    private static String messageId(ConsumerRecord<String, byte[]> record) {
        return header(record, "axon-message-id");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A store, a publishing processor over it and a topic, with a journal of the producer's sends and waits. */
    private static final class Outbox {

        private final String topic;
        private final int batchSize;
        private final IntPredicate loseAcknowledgementOfSend;
        private final MongoCommitEventStorageEngine engine;
        private final EmbeddedEventStore store;
        private final Map<String, String> aggregateOfEvent = new LinkedHashMap<>();
        final List<String> journal = new CopyOnWriteArrayList<>();
        final AtomicInteger failedAcknowledgements = new AtomicInteger();

        Outbox(String topic, int batchSize, IntPredicate loseAcknowledgementOfSend) {
            this.topic = topic;
            this.batchSize = batchSize;
            this.loseAcknowledgementOfSend = loseAcknowledgementOfSend;
            infra.createTopics(List.of(topic));
            engine = MongoCommitEventStorageEngine.builder().database(mongo.getDatabase(topic))
                    .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).build();
            store = EmbeddedEventStore.builder().storageEngine(engine).build();
        }

        /** Stores {@code perAggregate} events of each aggregate, one commit each, interleaved; their ids in order. */
        List<String> store(int aggregates, int perAggregate) {
            List<String> ids = new ArrayList<>();
            for (int seq = 0; seq < perAggregate; seq++) {
                for (int a = 0; a < aggregates; a++) {
                    String aggregate = topic + "-" + a;
                    EventMessage<?> event = new GenericDomainEventMessage<>("Thing", aggregate, seq,
                            new Noted(aggregate + " " + seq), MetaData.with("user", "alice"));
                    store.publish(event);
                    ids.add(event.getIdentifier());
                    aggregateOfEvent.put(event.getIdentifier(), aggregate);
                }
            }
            return ids;
        }

        String aggregateOf(String eventId) {
            return aggregateOfEvent.get(eventId);
        }

        DomainEventMessage<?> storedEvent(String aggregate, String eventId) {
            return engine.readEvents(aggregate).asStream().filter(e -> e.getIdentifier().equals(eventId))
                    .findFirst().orElseThrow();
        }

        /** Runs the publishing processor until {@code expected} records are on the topic; those records. */
        List<ConsumerRecord<String, byte[]>> publish(int expected) throws Exception {
            Map<String, Object> configuration = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            DefaultProducerFactory<String, byte[]> producers = DefaultProducerFactory.<String, byte[]>builder()
                    .configuration(configuration).confirmationMode(ConfirmationMode.WAIT_FOR_ACK).build();
            BatchAcknowledgedKafkaPublisher<String, byte[]> publisher = new BatchAcknowledgedKafkaPublisher<>(
                    SERIALIZER, journaling(producers), DefaultKafkaMessageConverter.builder().serializer(SERIALIZER).build(),
                    NoOpMessageMonitor.INSTANCE, event -> Optional.of(topic), Duration.ofSeconds(30));
            TrackingEventProcessor processor = TrackingEventProcessor.builder()
                    .name(KafkaEventPublisher.DEFAULT_PROCESSING_GROUP)
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                            .eventHandlers(KafkaEventPublisher.<String, byte[]>builder().kafkaPublisher(publisher).build())
                            .listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build())
                    .messageSource(store)
                    // The service's token store, which writes at once: Axon's in-memory one defers a token written in
                    // a unit of work until after its commit, which would hide a token stored before the acknowledgement.
                    .tokenStore(MongoTokenStore.builder().serializer(SERIALIZER).mongoTemplate(
                            DefaultMongoTemplate.builder().mongoDatabase(mongo.getDatabase(topic)).build()).build())
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .trackingEventProcessorConfiguration(
                            TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize))
                    .build();
            processor.start();
            try {
                return consume(expected);
            } finally {
                processor.shutDown();
                publisher.shutDown();
                store.shutDown();
            }
        }

        private List<ConsumerRecord<String, byte[]>> consume(int expected) {
            Map<String, Object> configuration = Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, topic + "-reader",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(configuration)) {
                consumer.subscribe(List.of(topic));
                // Bounded so that a lost record fails the test instead of hanging it; not a measure of speed.
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (records.size() < expected && System.nanoTime() < giveUp) {
                    consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                }
            }
            assertThat(records).hasSize(expected);
            return records;
        }

        /** The producers, with each send and acknowledgement wait journaled, and chosen acknowledgements lost once. */
        @SuppressWarnings("unchecked")
        private ProducerFactory<String, byte[]> journaling(DefaultProducerFactory<String, byte[]> producers) {
            AtomicInteger sends = new AtomicInteger();
            return new ProducerFactory<>() {
                @Override
                public Producer<String, byte[]> createProducer() {
                    Producer<String, byte[]> producer = producers.createProducer();
                    return (Producer<String, byte[]>) Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[]{Producer.class}, (proxy, method, args) -> {
                                Object result;
                                try {
                                    result = method.invoke(producer, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                                if (!method.getName().equals("send")) {
                                    return result;
                                }
                                String id = new String(((ProducerRecord<?, ?>) args[0]).headers()
                                        .lastHeader("axon-message-id").value(), StandardCharsets.UTF_8);
                                journal.add("send " + id);
                                boolean lose = loseAcknowledgementOfSend.test(sends.incrementAndGet());
                                return new JournaledAcknowledgement((Future<RecordMetadata>) result, id, lose);
                            });
                }

                @Override
                public ConfirmationMode confirmationMode() {
                    return producers.confirmationMode();
                }

                @Override
                public void shutDown() {
                    producers.shutDown();
                }
            };
        }

        /** The real acknowledgement; when {@code lose}, the record is written but the wait for it times out. */
        private final class JournaledAcknowledgement implements Future<RecordMetadata> {

            private final Future<RecordMetadata> delegate;
            private final String id;
            private final boolean lose;

            JournaledAcknowledgement(Future<RecordMetadata> delegate, String id, boolean lose) {
                this.delegate = delegate;
                this.id = id;
                this.lose = lose;
            }

            @Override
            public RecordMetadata get(long timeout, TimeUnit unit)
                    throws InterruptedException, ExecutionException, TimeoutException {
                journal.add("ack " + id);
                RecordMetadata metadata = delegate.get(timeout, unit);
                if (lose) {
                    failedAcknowledgements.incrementAndGet();
                    throw new TimeoutException("acknowledgement of " + id + " lost");
                }
                return metadata;
            }

            @Override
            public RecordMetadata get() throws InterruptedException, ExecutionException {
                return delegate.get();
            }

            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                return delegate.cancel(mayInterruptIfRunning);
            }

            @Override
            public boolean isCancelled() {
                return delegate.isCancelled();
            }

            @Override
            public boolean isDone() {
                return delegate.isDone();
            }
        }
    }
}
