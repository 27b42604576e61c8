package se.rjh.mtp.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning with a plain consumer, as an outside observer would. */
final class KafkaTopics {

    /** A record as an observer sees it: its key and its header names. */
    record Seen(String key, List<String> headers) {
    }

    /** Keys of all records, read until {@code expected} are there or the timeout passes (then a little longer, to see extras). */
    static List<String> keys(String bootstrapServers, String topic, int expected, Duration timeout) {
        return records(bootstrapServers, topic, expected, timeout).stream().map(Seen::key).toList();
    }

    static List<Seen> records(String bootstrapServers, String topic, int expected, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<Seen> keys = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(timeout);
            Instant settle = null;
            while (Instant.now().isBefore(deadline) && (settle == null || Instant.now().isBefore(settle))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    List<String> headers = new ArrayList<>();
                    record.headers().forEach(h -> headers.add(h.key()));
                    keys.add(new Seen(record.key(), headers));
                }
                if (settle == null && keys.size() >= expected) {
                    settle = Instant.now().plusSeconds(2);
                }
            }
        }
        return keys;
    }

    private KafkaTopics() {
    }
}
