package se.rjh.mtp.platform.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import se.rjh.mtp.platform.PlatformDefaults;

class ProfileDefaultsTest {

    @Test
    void prodProfileTurnsOnJwtTracingJsonLogsAndASeparateMetricsPort() {
        StandardEnvironment environment = environment(Map.of("server.port", "8083"), ProfileDefaults.PROD);

        assertThat(environment.getProperty("mtp.security.mode")).isEqualTo("jwt");
        assertThat(environment.getProperty("mtp.security.swagger-ui")).isEqualTo("false");
        assertThat(environment.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("management.tracing.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(environment.getProperty("management.server.port")).isEqualTo("9083");
        assertThat(environment.getProperty("axon.kafka.producer.acks")).isEqualTo("all");
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

        assertThat(environment.getProperty("mtp.security.mode")).isNull();
        assertThat(environment.getProperty("management.server.port")).isNull();
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
        assertThat(environment.getProperty("management.tracing.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("mtp.kafka.bootstrap-servers")).isEqualTo("127.0.0.1:9092");
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

        assertThat(environment.getProperty("management.server.port")).isEqualTo("7000");
        assertThat(environment.getProperty("mtp.security.mode")).isEqualTo("basic");
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
