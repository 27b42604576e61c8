package se.rjh.mtp.reporting.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from their beginning up to the end offsets seen when it starts, with a plain consumer that joins no
 * group and commits nothing: the live processor's position is never touched.
 */
final class TopicReader implements AutoCloseable {

    static final int MAX_BATCH = 2000;

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<TopicPartition, Long> end;
    private final long total;

    TopicReader(String bootstrapServers, List<String> topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-replay");
        // Each poll is one batch for the writer: larger batches fold more events per row write.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(MAX_BATCH));
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null) {
                infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
        this.end = new HashMap<>(consumer.endOffsets(partitions));
        this.total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
    }

    long total() {
        return total;
    }

    /**
     * Feeds every record below the captured end offsets to {@code sink}, one poll's records as one batch (in offset
     * order per partition, so each aggregate's events stay in order); reports the count after each batch and returns
     * it at the end.
     */
    long readAll(Consumer<List<ConsumerRecord<String, byte[]>>> sink, LongConsumer progress) {
        long processed = 0;
        while (!done()) {
            List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(tp)) {
                    batch.add(record);
                }
            }
            if (!batch.isEmpty()) {
                sink.accept(batch);
                processed += batch.size();
            }
            progress.accept(processed);
        }
        return processed;
    }

    private boolean done() {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
