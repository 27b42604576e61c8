package se.rjh.mtp.platform.messaging;

import org.axonframework.config.Configuration;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The outbound publisher, as the Kafka extension builds it but with a longer wait for the broker's acknowledgement.
 * The extension's one second is shorter than a first send takes (metadata fetch, leader election after a broker
 * restart); a timeout makes the publishing processor retry the batch, which publishes its events a second time.
 * Consumers tolerate that, but it is noise an auditor would have to explain.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
@ConditionalOnProperty(prefix = "axon.kafka.publisher", name = "enabled", havingValue = "true", matchIfMissing = true)
public class KafkaPublishingConfiguration {

    @Bean(destroyMethod = "shutDown")
    @SuppressWarnings({"unchecked", "rawtypes"})
    public KafkaPublisher<?, ?> kafkaPublisher(Serializer serializer, ProducerFactory producerFactory,
                                               KafkaMessageConverter messageConverter, Configuration configuration,
                                               TopicResolver topicResolver,
                                               MessagingProperties kafka) {
        return KafkaPublisher.builder()
                .serializer(serializer)
                .producerFactory(producerFactory)
                .messageConverter(messageConverter)
                .messageMonitor(configuration.messageMonitor(KafkaPublisher.class, "kafkaPublisher"))
                .topicResolver(topicResolver)
                .publisherAckTimeout(kafka.publisherAckTimeout().toMillis())
                .build();
    }
}
