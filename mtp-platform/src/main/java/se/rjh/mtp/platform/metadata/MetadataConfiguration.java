package se.rjh.mtp.platform.metadata;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.platform.ServiceProperties;
import se.rjh.mtp.platform.web.CorrelationIdFilter;

/** Copies actor and correlation id from each command onto the events it causes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceProperties.class)
public class MetadataConfiguration {

    @Bean
    public ActorMetadata actorMetadata(CommandBus commandBus, ServiceProperties service) {
        ActorMetadata interceptor = new ActorMetadata(service.serviceName());
        commandBus.registerDispatchInterceptor(interceptor);
        return interceptor;
    }

    /**
     * Axon's origin provider would write the handled message's id under {@code correlationId}, replacing the
     * request's id; here it records that id as {@code causationId} and keeps Axon's {@code traceId}.
     */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(ActorMetadata.CAUSATION_ID, "traceId");
    }

    /** The actor and the request's correlation id travel unchanged from a command to its events and onwards. */
    @Bean
    public CorrelationDataProvider actorCorrelationProvider() {
        return new SimpleCorrelationDataProvider(ActorMetadata.ACTOR, ActorMetadata.CORRELATION_ID);
    }

    @Bean
    public CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }
}
