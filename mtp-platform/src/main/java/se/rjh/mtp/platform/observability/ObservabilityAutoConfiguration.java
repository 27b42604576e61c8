package se.rjh.mtp.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What every service exposes to operators: processor gauges, the open metrics port (prod), correlation ids in the
 * log context of handlers, and Axon's spans on the same OpenTelemetry SDK that Micrometer Tracing (Spring Boot)
 * configures.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration",
        beforeName = {"org.axonframework.springboot.autoconfig.OpenTelemetryAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@Import({ManagementPortSecurityConfiguration.class, CorrelationIdLogContext.Configuration.class})
public class ObservabilityAutoConfiguration {

    static final String INSTRUMENTATION_NAME = "AxonFramework-OpenTelemetry";

    /** No bean conditions here: Axon's and Micrometer's beans are defined after this class is read. */
    @Bean
    ProcessorStatusMetrics processorStatusMetrics(EventProcessingConfiguration processing, MeterRegistry registry) {
        return new ProcessorStatusMetrics(processing, registry);
    }

    /**
     * Axon's own auto-configuration would take {@code GlobalOpenTelemetry}, which Spring Boot never registers, and so
     * drop every command, event and processor span. The trace context rides in message metadata
     * ({@code traceparent}), which the Kafka extension copies into record headers: one trace from the REST call to
     * the consumer in another service.
     */
    @Bean
    @ConditionalOnClass(OpenTelemetrySpanFactory.class)
    @ConditionalOnBean(OpenTelemetry.class)
    public SpanFactory axonSpanFactory(OpenTelemetry openTelemetry) {
        return OpenTelemetrySpanFactory.builder()
                .tracer(openTelemetry.getTracer(INSTRUMENTATION_NAME))
                .contextPropagators(openTelemetry.getPropagators().getTextMapPropagator())
                .build();
    }
}
