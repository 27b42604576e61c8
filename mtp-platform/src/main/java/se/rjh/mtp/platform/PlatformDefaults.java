package se.rjh.mtp.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings that are the same in every service, added with the lowest precedence so that a service's own file,
 * the environment or a test can still override each of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "mtpPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("axon.axonserver.enabled", "false");
        defaults.put("axon.update-check.disabled", "true");
        // Even when disabled, Axon's update checker writes a machine id into $HOME when it is created; don't create it.
        defaults.put("spring.autoconfigure.exclude",
                "org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration");
        // XStream is unstable on Java 17; Jackson everywhere.
        defaults.put("axon.serializer.general", "jackson");
        defaults.put("axon.serializer.events", "jackson");
        defaults.put("axon.serializer.messages", "jackson");
        defaults.put("axon.metrics.micrometer.dimensional", "true");
        defaults.put("axon.kafka.bootstrap-servers", "${mtp.kafka.bootstrap-servers}");
        defaults.put("mtp.kafka.bootstrap-servers", "127.0.0.1:9092");
        defaults.put("axon.kafka.client-id", "${mtp.service-name:mtp}");
        // The publisher is a tracking processor over the event store: an outbox by construction.
        defaults.put("axon.kafka.producer.event-processor-mode", "tracking");
        defaults.put("axon.kafka.publisher.confirmation-mode", "wait_for_ack");
        defaults.put("axon.kafka.producer.acks", "all");
        defaults.put("axon.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("axon.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("axon.kafka.consumer.event-processor-mode", "tracking");
        defaults.put("axon.kafka.fetcher.poll-timeout", "200");
        defaults.put("mtp.mongo.uri", "mongodb://127.0.0.1:27017");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.metrics.tags.application", "${mtp.service-name:mtp}");
        // One observation per security filter per request was 12-15 % of each service's CPU under load (JFR); the
        // HTTP server observation still times every request.
        defaults.put("management.observations.enable.spring.security", "false");
        // Requests are strict: an unknown field is refused with 400, never silently ignored.
        defaults.put("spring.jackson.deserialization.fail-on-unknown-properties", "true");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        // Bodies above mtp.web.max-request-body (1MB, WebProperties) get 413 unread; Tomcat drains up to twice that
        // so the client still reads the 413 on a clean connection (beyond it, the connection is closed).
        defaults.put("server.tomcat.max-swallow-size", "2MB");
        defaults.put("spring.servlet.multipart.enabled", "false");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
