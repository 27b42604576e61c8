package se.rjh.mtp.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The event topics seen from outside with plain Kafka clients: read as another service or an observer would (from
 * the beginning, no consumer group), and written raw, as another service or a misbehaving network would.
 */
public final class KafkaTopics {

    /** Header the Axon Kafka extension writes with the event's identifier. */
    public static final String MESSAGE_ID = "axon-message-id";
    /** Header the Axon Kafka extension writes with the event's payload type. */
    public static final String MESSAGE_TYPE = "axon-message-type";

    private final String bootstrapServers;

    public KafkaTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record on the topic up to its end offsets at the time of the call. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = fromTheBeginning(consumer, topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The offset of each partition's last record, for partitions that hold any. */
    public Map<TopicPartition, Long> lastOffsets(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = fromTheBeginning(consumer, topic);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> last = new HashMap<>();
            consumer.endOffsets(partitions).forEach((partition, end) -> {
                if (end > begin.get(partition)) {
                    last.put(partition, end - 1);
                }
            });
            return last;
        }
    }

    /**
     * The records read until at least {@code expected} are there or the timeout passes, then two seconds more, so
     * that records that should not be there (duplicates) are seen too.
     */
    public List<ConsumerRecord<String, byte[]>> readAtLeast(String topic, int expected, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            fromTheBeginning(consumer, topic);
            Instant deadline = Instant.now().plus(timeout);
            Instant settle = null;
            while (Instant.now().isBefore(deadline) && (settle == null || Instant.now().isBefore(settle))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (settle == null && records.size() >= expected) {
                    settle = Instant.now().plusSeconds(2);
                }
            }
        }
        return records;
    }

    /** The keys of {@link #readAtLeast}. */
    public List<String> keys(String topic, int expected, Duration timeout) {
        return readAtLeast(topic, expected, timeout).stream().map(ConsumerRecord::key).toList();
    }

    /** All records of the topic matching {@code wanted}, waiting until at least one arrived or the time is up. */
    public List<ConsumerRecord<String, byte[]>> await(String topic, Predicate<ConsumerRecord<String, byte[]>> wanted,
                                                       Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            fromTheBeginning(consumer, topic);
            Instant deadline = Instant.now().plus(timeout);
            while (found.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (wanted.test(record)) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    public void send(ProducerRecord<String, byte[]> record) {
        sendAll(List.of(record));
    }

    /** Sends the records in the given order, each onto its own topic and partition, headers and all. */
    public void replay(List<ConsumerRecord<String, byte[]>> records) {
        sendAll(records.stream().map(r -> new ProducerRecord<>(r.topic(), r.partition(), r.key(), r.value(),
                r.headers())).toList());
    }

    private void sendAll(List<ProducerRecord<String, byte[]>> records) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send to Kafka at " + bootstrapServers, e);
        }
    }

    /** The last value of a header as text, or null. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static List<String> headerNames(ConsumerRecord<String, byte[]> record) {
        List<String> names = new ArrayList<>();
        record.headers().forEach(h -> names.add(h.key()));
        return names;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return new KafkaConsumer<>(config);
    }

    private static List<TopicPartition> fromTheBeginning(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }
}
