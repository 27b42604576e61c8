package se.rjh.mtp.platform.messaging;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The outbound publisher: the Kafka extension's, but acknowledged once per batch of the publishing processor
 * ({@link BatchAcknowledgedKafkaPublisher}) and with a longer wait for the broker's acknowledgement.
 * The extension's one second is shorter than a first send takes (metadata fetch, leader election after a broker
 * restart); a timeout makes the publishing processor retry the batch, which publishes its events a second time.
 * Consumers tolerate that, but it is noise an auditor would have to explain. The producer's timeouts come from
 * {@link MessagingProperties}.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
@ConditionalOnProperty(prefix = "axon.kafka.publisher", name = "enabled", havingValue = "true", matchIfMissing = true)
public class KafkaPublishingConfiguration {

    /**
     * Puts the producer timeouts of {@code mtp.kafka} into the Kafka extension's producer properties once those are
     * bound, before its producer factory reads them.
     */
    @Bean
    static BeanPostProcessor mtpKafkaProducerTimeouts(ObjectProvider<MessagingProperties> kafka) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof KafkaProperties axonKafka) {
                    axonKafka.getProducer().getProperties().putAll(kafka.getObject().producerTimeouts());
                }
                return bean;
            }
        };
    }

    @Bean(destroyMethod = "shutDown")
    @SuppressWarnings({"unchecked", "rawtypes"})
    public KafkaPublisher<?, ?> kafkaPublisher(Serializer serializer, ProducerFactory producerFactory,
                                               KafkaMessageConverter messageConverter, Configuration configuration,
                                               TopicResolver topicResolver,
                                               MessagingProperties kafka) {
        return new BatchAcknowledgedKafkaPublisher(serializer, producerFactory, messageConverter,
                configuration.messageMonitor(KafkaPublisher.class, "kafkaPublisher"), topicResolver,
                kafka.publisherAckTimeout());
    }

    /**
     * The publishing processor takes up to {@code mtp.kafka.publisher-batch-size} stored events per unit of work (only
     * those already available: a batch never waits to fill), so one acknowledgement wait and one token update cover
     * them all.
     */
    @Bean
    public ConfigurerModule mtpKafkaPublisherBatch(MessagingProperties kafka) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                KafkaEventPublisher.DEFAULT_PROCESSING_GROUP,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(kafka.publisherBatchSize()));
    }
}
