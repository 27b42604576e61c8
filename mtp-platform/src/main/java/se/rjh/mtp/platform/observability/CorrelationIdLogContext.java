package se.rjh.mtp.platform.observability;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import se.rjh.mtp.platform.metadata.ActorMetadata;
import se.rjh.mtp.platform.web.CorrelationIdFilter;

/**
 * Puts the message's correlation id into the log context while a command or event is handled, so that log lines
 * written by processors and Kafka consumers (threads no HTTP request ever touched) carry the same
 * {@code correlationId} as the request that started it all.
 */
public class CorrelationIdLogContext implements MessageHandlerInterceptor<Message<?>> {

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object correlationId = unitOfWork.getMessage().getMetaData().get(ActorMetadata.CORRELATION_ID);
        String previous = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId == null) {
            return chain.proceed();
        }
        MDC.put(CorrelationIdFilter.MDC_KEY, correlationId.toString());
        try {
            return chain.proceed();
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationIdFilter.MDC_KEY);
            } else {
                MDC.put(CorrelationIdFilter.MDC_KEY, previous);
            }
        }
    }

    /** Registers the interceptor on the command bus and on every event processor. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        CorrelationIdLogContext correlationIdLogContext() {
            return new CorrelationIdLogContext();
        }

        /** A separate bean: the configurer module below is needed to build the command bus itself. */
        @Bean
        Registration correlationIdLogContextOnCommandBus(CommandBus commandBus, CorrelationIdLogContext interceptor) {
            return commandBus.registerHandlerInterceptor(interceptor);
        }

        @Bean
        ConfigurerModule correlationIdLogContextModule(CorrelationIdLogContext interceptor) {
            return configurer -> configurer.eventProcessing()
                    .registerDefaultHandlerInterceptor((config, name) -> interceptor);
        }
    }
}
