package se.rjh.mtp.platform.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's Kafka settings, under {@code mtp.kafka}. The producer timeouts are set here and nowhere else
 * ({@link KafkaPublishingConfiguration} hands them to the producer), so that a send can never block for ever.
 *
 * @param bootstrapServers    the brokers (also Axon's {@code axon.kafka.bootstrap-servers})
 * @param consumeTopics       the topics of other services this service reads; none means no inbound source
 * @param publisherAckTimeout how long the publisher waits for the broker's acknowledgement of a batch
 * @param publisherBatchSize  at most this many stored events per unit of work of the publishing processor, all
 *                            acknowledged with one wait
 * @param deliveryTimeout     {@code delivery.timeout.ms}: how long the producer keeps retrying one record before it
 *                            fails it; at least {@code requestTimeout}
 * @param requestTimeout      {@code request.timeout.ms}: how long the producer waits for the broker's answer to one
 *                            request before it retries
 * @param maxBlock            {@code max.block.ms}: how long a send may block the publishing thread waiting for
 *                            metadata (a broker to talk to) or buffer space
 */
@ConfigurationProperties(prefix = "mtp.kafka")
public record MessagingProperties(String bootstrapServers, List<String> consumeTopics,
                                  @DefaultValue("15s") Duration publisherAckTimeout,
                                  @DefaultValue("30s") Duration deliveryTimeout,
                                  @DefaultValue("10s") Duration requestTimeout,
                                  @DefaultValue("10s") Duration maxBlock,
                                  @DefaultValue("100") int publisherBatchSize) {

    public MessagingProperties {
        consumeTopics = consumeTopics == null ? List.of() : List.copyOf(consumeTopics);
        if (publisherBatchSize < 1) {
            throw new IllegalArgumentException("mtp.kafka.publisher-batch-size must be at least 1");
        }
    }

    /** The timeouts as Kafka producer properties. */
    Map<String, String> producerTimeouts() {
        return Map.of(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(deliveryTimeout.toMillis()),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(requestTimeout.toMillis()),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(maxBlock.toMillis()));
    }
}
