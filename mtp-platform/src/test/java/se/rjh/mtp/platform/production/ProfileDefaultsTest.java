package se.rjh.mtp.platform.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import se.rjh.mtp.platform.PlatformDefaults;

class ProfileDefaultsTest {

    @Test
    void prodProfileTurnsOnJwtTracingJsonLogsAndASeparateMetricsPort() {
        StandardEnvironment environment = environment(Map.of("server.port", "8083"), ProfileDefaults.PROD);
        assertProperties(environment, Map.of(
                "mtp.security.mode", "jwt",
                "mtp.security.swagger-ui", "false",
                "springdoc.swagger-ui.enabled", "false",
                "springdoc.api-docs.enabled", "false",
                "management.tracing.enabled", "true",
                "logging.structured.format.console", "ecs",
                "management.server.port", "9083",
                "axon.kafka.producer.acks", "all"));
        assertThat(environment.getProperty("server.address")).as("every interface in a container").isNull();
    }

    @Test
    void prodProfileTakesConnectionsOnlyFromTheEnvironment() {
        StandardEnvironment environment = environment(Map.of("MTP_MONGO_URI", "mongodb://db:27017/?replicaSet=rs0"),
                ProfileDefaults.PROD);

        assertThat(environment.getProperty("mtp.mongo.uri")).isEqualTo("mongodb://db:27017/?replicaSet=rs0");
        // Without MTP_KAFKA_BOOTSTRAP_SERVERS the service fails at start instead of looking for Kafka on localhost.
        assertThatThrownBy(() -> environment.getProperty("mtp.kafka.bootstrap-servers"))
                .hasMessageContaining("MTP_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void withoutProdTracingStaysOffAndNoMetricsPortIsOpened() {
        StandardEnvironment environment = environment(Map.of("server.port", "8083"));

        for (String unset : List.of("mtp.security.mode", "management.server.port", "logging.structured.format.console")) {
            assertThat(environment.getProperty(unset)).as(unset).isNull();
        }
        assertProperties(environment, Map.of(
                "management.tracing.enabled", "false",
                "mtp.kafka.bootstrap-servers", "127.0.0.1:9092"));
    }

    @Test
    void withoutProdServicesListenOnlyOnLoopbackUnlessToldOtherwise() {
        assertThat(environment(Map.of()).getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(environment(Map.of("server.address", "0.0.0.0")).getProperty("server.address"))
                .isEqualTo("0.0.0.0");
    }

    @Test
    void anExplicitSettingWinsOverEveryDefault() {
        StandardEnvironment environment = environment(
                Map.of("server.port", "8081", "management.server.port", "7000", "mtp.security.mode", "basic"),
                ProfileDefaults.PROD);

        assertProperties(environment, Map.of("management.server.port", "7000", "mtp.security.mode", "basic"));
    }

    private static void assertProperties(StandardEnvironment environment, Map<String, String> expected) {
        expected.forEach((key, value) -> assertThat(environment.getProperty(key)).as(key).isEqualTo(value));
    }

    private static StandardEnvironment environment(Map<String, Object> given, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", given));
        environment.setActiveProfiles(profiles);
        // Spring Boot runs the post-processors in order of getOrder(): ours first, the platform's last.
        new ProfileDefaults().postProcessEnvironment(environment, null);
        new PlatformDefaults().postProcessEnvironment(environment, null);
        return environment;
    }
}
