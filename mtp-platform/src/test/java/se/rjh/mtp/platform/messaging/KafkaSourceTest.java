package se.rjh.mtp.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.AsyncFetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.DefaultConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.local.EmbeddedInfrastructure;

/**
 * The platform's Kafka source ({@link KafkaConsumingConfiguration#mtpKafkaSource}) over two topics of a real broker
 * hands over every record, and every token it hands over covers only records already handed over, so a processor that
 * stops anywhere and resumes from its stored token gets the rest. Records per topic: {@code -Dkafka-source.records}.
 */
class KafkaSourceTest {

    private static final int RECORDS = Integer.getInteger("kafka-source.records", 50);
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    private static final DefaultKafkaMessageConverter CONVERTER =
            DefaultKafkaMessageConverter.builder().serializer(SERIALIZER).build();
    private static final long T0 = Instant.parse("2026-03-02T08:00:00Z").toEpochMilli();

    /** Where each published event's record is. */
    private static final Map<String, TopicPartition> PLACES = new ConcurrentHashMap<>();
    private static final Map<String, Long> OFFSETS = new ConcurrentHashMap<>();

    private static EmbeddedInfrastructure infra;
    private static KafkaProducer<String, byte[]> producer;

    private final List<AsyncFetcher<?, ?, ?>> fetchers = new ArrayList<>();

    record Noted(String text) {
    }

    @BeforeAll
    static void start() {
        infra = EmbeddedInfrastructure.startForTests();
        infra.createTopics(List.of("same-place-a", "same-place-b", "interleaved-a", "interleaved-b"));
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stop() {
        producer.close();
        infra.close();
    }

    @AfterEach
    void stopFetchers() {
        fetchers.forEach(AsyncFetcher::shutdown);
    }

    /**
     * Two topics' records at the same partition, offset and timestamp are two events; Axon's sorted buffer, which
     * orders by (timestamp, partition, offset) without the topic, kept one of each pair.
     */
    @Test
    void recordsOfTwoTopicsAtTheSamePartitionOffsetAndTimestampAreBothDelivered() throws Exception {
        List<String> topics = List.of("same-place-a", "same-place-b");
        List<String> published = new ArrayList<>();
        for (String topic : topics) {
            for (int i = 0; i < RECORDS; i++) {
                published.add(publish(topic, T0 + i));
            }
        }
        List<String> ends = List.of(publish(topics.get(0), T0 + RECORDS), publish(topics.get(1), T0 + RECORDS + 1));

        List<TrackedEventMessage<?>> delivered = readUntil(source(topics), null, ends, Integer.MAX_VALUE);

        assertThat(ids(delivered)).containsAll(published).containsAll(ends).hasSize(published.size() + ends.size());
    }

    /**
     * With timestamps interleaved across two partitions, each token handed over covers no record not handed over yet;
     * a processor that stops half-way and resumes from the last token it got receives every record. Axon's sorted
     * buffer handed over records in timestamp order with tokens of the consumer's read order, which skipped the
     * rest of one partition on such a resume.
     */
    @Test
    void aProcessorResumingFromAnyTokenItGotReceivesEveryRecordNotHandedOverYet() throws Exception {
        List<String> topics = List.of("interleaved-a", "interleaved-b");
        List<String> published = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            published.add(publish(topics.get(0), T0 + 2L * i));
            published.add(publish(topics.get(1), T0 + 2L * i + 1));
        }
        List<String> ends = List.of(publish(topics.get(0), T0 + 2L * RECORDS),
                publish(topics.get(1), T0 + 2L * RECORDS + 1));
        StreamableKafkaMessageSource<String, byte[]> source = source(topics);

        List<TrackedEventMessage<?>> first = readUntil(source, null, ends, RECORDS);
        Map<TopicPartition, Long> handedOver = new HashMap<>();
        for (TrackedEventMessage<?> event : first) {
            handedOver.merge(PLACES.get(event.getIdentifier()), OFFSETS.get(event.getIdentifier()), Math::max);
            ((KafkaTrackingToken) event.trackingToken()).getPositions().forEach((partition, offset) ->
                    assertThat(offset).as("the token of %s at %s", event.getIdentifier(), partition)
                            .isLessThanOrEqualTo(handedOver.getOrDefault(partition, -1L)));
        }
        TrackingToken resumeFrom = first.get(first.size() - 1).trackingToken();
        List<TrackedEventMessage<?>> rest = readUntil(source, resumeFrom, ends, Integer.MAX_VALUE);

        Set<String> all = new HashSet<>(ids(first));
        all.addAll(ids(rest));
        assertThat(all).containsAll(published).containsAll(ends);
    }

    /**
     * Events from the token on, until every end marker is seen or {@code limit} events were read. Blocks while
     * nothing arrives: a record that never comes fails the test by the build's timeout, not by a clock here.
     */
    private List<TrackedEventMessage<?>> readUntil(StreamableKafkaMessageSource<String, byte[]> source,
                                                   TrackingToken from, List<String> ends, int limit)
            throws InterruptedException {
        List<TrackedEventMessage<?>> read = new ArrayList<>();
        Set<String> endsLeft = new LinkedHashSet<>(ends);
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(from)) {
            while (!endsLeft.isEmpty() && read.size() < limit) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                read.add(event);
                endsLeft.remove(event.getIdentifier());
            }
        }
        return read;
    }

    /** The source exactly as the platform builds it, over the given topics. */
    private StreamableKafkaMessageSource<String, byte[]> source(List<String> topics) {
        MessagingProperties properties = new MessagingProperties(infra.kafkaBootstrapServers(), topics,
                Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(10), 100);
        DefaultConsumerFactory<String, byte[]> consumers = new DefaultConsumerFactory<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        AsyncFetcher<String, byte[], KafkaEventMessage> fetcher =
                AsyncFetcher.<String, byte[], KafkaEventMessage>builder().build();
        fetchers.add(fetcher);
        return new KafkaConsumingConfiguration().mtpKafkaSource(properties, SERIALIZER, consumers, fetcher, CONVERTER);
    }

    /** One event on partition 0 of the topic with the given record timestamp; returns its id. */
    private static String publish(String topic, long timestamp) throws Exception {
        String id = UUID.randomUUID().toString();
        GenericDomainEventMessage<Noted> event = new GenericDomainEventMessage<>("Note", topic + "-note", 0,
                new Noted(topic), Map.of(), id, Instant.ofEpochMilli(timestamp));
        ProducerRecord<String, byte[]> record = CONVERTER.createKafkaMessage(event, topic);
        RecordMetadata sent = producer.send(new ProducerRecord<>(topic, 0, timestamp, record.key(), record.value(),
                record.headers())).get();
        PLACES.put(id, new TopicPartition(sent.topic(), sent.partition()));
        OFFSETS.put(id, sent.offset());
        return id;
    }

    private static List<String> ids(List<TrackedEventMessage<?>> events) {
        return events.stream().map(TrackedEventMessage::getIdentifier).toList();
    }
}
