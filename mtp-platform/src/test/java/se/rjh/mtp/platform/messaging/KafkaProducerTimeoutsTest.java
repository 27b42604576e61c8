package se.rjh.mtp.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.autoconfig.KafkaAutoConfiguration;
import org.axonframework.extensions.kafka.eventhandling.producer.DefaultProducerFactory;
import org.axonframework.springboot.TokenStoreProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The producer timeouts of {@code mtp.kafka} reach the producer the Kafka extension builds, read back from its
 * producer factory, and Kafka accepts them together (delivery timeout at least the request timeout).
 */
class KafkaProducerTimeoutsTest {

    private static Map<String, Object> producerConfiguration(Map<String, String> properties) {
        MessagingProperties kafka = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("mtp.kafka", MessagingProperties.class);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("messagingProperties", kafka));
        KafkaProperties axonKafka = new KafkaProperties();
        axonKafka.setBootstrapServers(java.util.List.of("127.0.0.1:9"));
        KafkaPublishingConfiguration.mtpKafkaProducerTimeouts(beans.getBeanProvider(MessagingProperties.class))
                .postProcessAfterInitialization(axonKafka, "axon.kafka-org.axonframework.extensions.kafka.KafkaProperties");
        DefaultProducerFactory<?, ?> factory = (DefaultProducerFactory<?, ?>)
                new KafkaAutoConfiguration(axonKafka, new TokenStoreProperties()).kafkaProducerFactory();
        return factory.configurationProperties();
    }

    @Test
    void theDefaultsBoundEverySend() {
        Map<String, Object> configuration = producerConfiguration(Map.of());

        assertThat(configuration).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000")
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000")
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        // Kafka checks the combination when a producer is built; no broker is needed for that.
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(configuration)) {
            producer.close(Duration.ZERO);
        }
    }

    @Test
    void eachIsSetByItsProperty() {
        Map<String, Object> configuration = producerConfiguration(Map.of("mtp.kafka.delivery-timeout", "2m",
                "mtp.kafka.request-timeout", "20s", "mtp.kafka.max-block", "1500ms"));

        assertThat(configuration).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000")
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "20000")
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, "1500");
    }
}
