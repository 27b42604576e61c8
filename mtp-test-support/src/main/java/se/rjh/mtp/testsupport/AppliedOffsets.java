package se.rjh.mtp.testsupport;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Waits until a service's Kafka-reading processor has applied given records. A tracking processor advances its status
 * only after a batch's unit of work has committed (read models written, token stored), so every read model holds each
 * of those records then. Waiting for one row instead could see a record on another partition not yet applied.
 */
public final class AppliedOffsets {

    private AppliedOffsets() {
    }

    /** {@code last}: the offset of the last record to wait for, per partition. */
    public static void await(ConfigurableApplicationContext service, String processor, Map<TopicPartition, Long> last,
                             Duration timeout) {
        StreamingEventProcessor consumer = service.getBean(EventProcessingConfiguration.class)
                .eventProcessor(processor, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no streaming processor " + processor));
        Await.value("records up to " + last + " applied by " + processor, timeout, () -> applied(consumer),
                applied -> last.entrySet().stream()
                        .allMatch(e -> applied.getOrDefault(e.getKey(), -1L) >= e.getValue()));
    }

    /** The offset of the last record applied, per partition, over the processor's segments. */
    public static Map<TopicPartition, Long> applied(StreamingEventProcessor processor) {
        Map<TopicPartition, Long> applied = new HashMap<>();
        processor.processingStatus().values().forEach(status -> WrappedToken.unwrap(status.getTrackingToken(),
                KafkaTrackingToken.class).ifPresent(token -> token.getPositions()
                .forEach((partition, offset) -> applied.merge(partition, offset, Math::max))));
        return applied;
    }
}
