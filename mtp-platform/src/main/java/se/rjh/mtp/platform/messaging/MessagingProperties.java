package se.rjh.mtp.platform.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's Kafka settings, under {@code mtp.kafka}.
 *
 * @param bootstrapServers    the brokers (also Axon's {@code axon.kafka.bootstrap-servers})
 * @param consumeTopics       the topics of other services this service reads; none means no inbound source
 * @param publisherAckTimeout how long the publisher waits for the broker's acknowledgement of a batch
 */
@ConfigurationProperties(prefix = "mtp.kafka")
public record MessagingProperties(String bootstrapServers, List<String> consumeTopics,
                                  @DefaultValue("15s") Duration publisherAckTimeout) {

    public MessagingProperties {
        consumeTopics = consumeTopics == null ? List.of() : List.copyOf(consumeTopics);
    }
}
