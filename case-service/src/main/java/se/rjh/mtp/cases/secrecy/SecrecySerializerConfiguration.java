package se.rjh.mtp.cases.secrecy;

import java.util.Set;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ProtectedTextSerializer} in front of the platform's serializers for events and messages (not the
 * snapshot serializer: snapshots stay in case-service's own database). One instance serves all three, so a stored
 * event goes to Kafka in its stored, encrypted form without being serialized again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecrecyProperties.class)
class SecrecySerializerConfiguration {

    private static final Set<String> WRAPPED = Set.of("serializer", "eventSerializer", "messageSerializer");

    @Bean
    static BeanPostProcessor protectedTextSerializers(ObjectProvider<CaseKeys> keys) {
        return new BeanPostProcessor() {
            private ProtectedTextSerializer shared;

            @Override
            public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof Serializer serializer && WRAPPED.contains(beanName)) {
                    if (shared == null) {
                        shared = new ProtectedTextSerializer(serializer, keys::getObject);
                    }
                    return shared;
                }
                return bean;
            }
        };
    }
}
