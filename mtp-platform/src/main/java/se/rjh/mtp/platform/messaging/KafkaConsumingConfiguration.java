package se.rjh.mtp.platform.messaging;

import java.util.List;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbound side: one streamable source over the topics named in {@code mtp.kafka.consume-topics}.
 * A service points a tracking processor at it with {@code axon.eventhandling.processors.<group>.source=mtpKafkaSource};
 * the processor keeps its Kafka offsets in the service's own token store, so a restart resumes where it stopped.
 * Records reach the processor in the order the consumer read them ({@link ArrivalOrderBuffer}), so no record is dropped
 * and no stored token runs ahead of what was handled.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "mtp.kafka", name = "consume-topics")
@EnableConfigurationProperties(MessagingProperties.class)
public class KafkaConsumingConfiguration {

    public static final String SOURCE_BEAN = "mtpKafkaSource";

    @Bean(SOURCE_BEAN)
    @SuppressWarnings({"unchecked", "rawtypes"})
    public StreamableKafkaMessageSource<String, byte[]> mtpKafkaSource(MessagingProperties kafka,
                                                                     Serializer serializer,
                                                                     ConsumerFactory consumerFactory,
                                                                     Fetcher fetcher,
                                                                     KafkaMessageConverter messageConverter) {
        List<String> topics = kafka.consumeTopics();
        if (topics.isEmpty()) {
            throw new IllegalStateException("mtp.kafka.consume-topics is empty");
        }
        return StreamableKafkaMessageSource.<String, byte[]>builder()
                .topics(topics)
                .serializer(serializer)
                .consumerFactory((ConsumerFactory<String, byte[]>) consumerFactory)
                .fetcher((Fetcher<String, byte[], KafkaEventMessage>) fetcher)
                .messageConverter((KafkaMessageConverter<String, byte[]>) messageConverter)
                .bufferFactory(ArrivalOrderBuffer::new)
                .build();
    }
}
