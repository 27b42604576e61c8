package se.rjh.mtp.platform.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.LoggingErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires each processing group's {@link OnFailure} policy into Axon. Dead-letter groups get their queue from
 * {@code DeadLetterConfiguration} (Axon's dead-lettering invoker always propagates to the queue); the others get a
 * propagating or logging error handler.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingProperties.class)
public class ProcessingConfiguration {

    @Bean
    public FailurePolicies failurePolicies(ProcessingProperties properties, Environment environment) {
        return FailurePolicies.of(properties, environment);
    }

    @Bean
    public ConfigurerModule mtpFailurePolicies(FailurePolicies policies) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing.registerDefaultListenerInvocationErrorHandler(c -> errorHandler(policies.unlisted()));
            policies.named().forEach((group, policy) -> {
                if (policy != OnFailure.DEAD_LETTER) {
                    processing.registerListenerInvocationErrorHandler(group, c -> errorHandler(policy));
                }
            });
        };
    }

    /**
     * Gives every declared processor without a {@code batch-size} of its own the platform's batch size. Axon's
     * default is one event per unit of work, which costs a token write per event in each processor. Runs after the
     * properties are bound and before Axon registers the processors from them.
     */
    @Bean
    static BeanPostProcessor mtpProcessorBatchSize(ObjectProvider<ProcessingProperties> processing,
                                                   Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof EventProcessorProperties axon) {
                    axon.getProcessors().forEach((name, settings) -> {
                        if (!environment.containsProperty("axon.eventhandling.processors." + name + ".batch-size")) {
                            settings.setBatchSize(processing.getObject().batchSize());
                        }
                    });
                }
                return bean;
            }
        };
    }

    static ListenerInvocationErrorHandler errorHandler(OnFailure policy) {
        return policy == OnFailure.LOG ? new LoggingErrorHandler() : PropagatingErrorHandler.instance();
    }
}
