package se.rjh.mtp.platform.metadata;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.platform.web.CorrelationIdFilter;

/** Copies actor and correlation id from each command onto the events it causes. */
@Configuration(proxyBeanMethods = false)
public class MetadataConfiguration {

    @Bean
    public ActorMetadata actorMetadata(CommandBus commandBus, @Value("${mtp.service-name:mtp}") String serviceName) {
        ActorMetadata interceptor = new ActorMetadata(serviceName);
        commandBus.registerDispatchInterceptor(interceptor);
        return interceptor;
    }

    /** Keeps Axon's correlation and trace ids; defining any provider replaces Axon's default, so it is named here. */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public CorrelationDataProvider actorCorrelationProvider() {
        return new SimpleCorrelationDataProvider(ActorMetadata.ACTOR);
    }

    @Bean
    public CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }
}
