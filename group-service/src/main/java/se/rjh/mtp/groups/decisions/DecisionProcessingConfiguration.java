package se.rjh.mtp.groups.decisions;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A failure while applying a decision (store unreachable) must not be logged and skipped, as Axon does by default:
 * propagating it makes the tracking processor retry from the same Kafka offset.
 */
@Configuration(proxyBeanMethods = false)
class DecisionProcessingConfiguration {

    @Autowired
    void retryFailures(EventProcessingConfigurer configurer) {
        configurer.registerListenerInvocationErrorHandler(CaseDecisionConsumer.GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
