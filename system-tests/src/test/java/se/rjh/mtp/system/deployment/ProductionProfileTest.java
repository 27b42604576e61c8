package se.rjh.mtp.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.platform.MtpApplication;

/**
 * case-service started with {@code SPRING_PROFILES_ACTIVE=prod} as the image starts it: the API wants a JWT (the
 * demo users are gone), Swagger is off, and health and metrics answer without credentials on the separate
 * management port only. No token is ever validated here, so the JWK address is never called.
 */
class ProductionProfileTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static EmbeddedInfrastructure infra;
    private static ConfigurableApplicationContext service;
    private static int managementPort;

    @BeforeAll
    static void start() {
        infra = EmbeddedInfrastructure.startForTests();
        managementPort = EmbeddedInfrastructure.freePort();
        service = MtpApplication.builder(CaseServiceApplication.class, CaseServiceApplication.NAME).run(
                "--spring.profiles.active=prod",
                "--server.port=0",
                "--management.server.port=" + managementPort,
                "--mtp.mongo.uri=" + infra.mongoUri(),
                "--mtp.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/unused-jwks");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void healthAndPrometheusAnswerWithoutCredentialsOnTheManagementPort() throws Exception {
        assertThat(get(management("/actuator/health"), null).statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = get(management("/actuator/prometheus"), null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"case-service\"");
    }

    @Test
    void otherManagementEndpointsAreRefused() throws Exception {
        assertThat(get(management("/actuator/metrics"), null).statusCode()).isEqualTo(403);
    }

    @Test
    void theApiWantsABearerTokenAndNoLongerKnowsTheDemoUsers() throws Exception {
        assertThat(get(api("/api/cases"), null).statusCode()).isEqualTo(401);
        HttpResponse<String> basic = get(api("/api/cases"), "registrator");
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(get(api("/actuator/prometheus"), null).statusCode()).as("metrics are not on the API port")
                .isIn(401, 404);
    }

    @Test
    void swaggerIsOff() throws Exception {
        assertThat(get(api("/v3/api-docs"), null).statusCode()).isNotEqualTo(200);
        assertThat(get(api("/swagger-ui.html"), null).statusCode()).isNotEqualTo(200);
    }

    private static String api(String path) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort() + path;
    }

    private static String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    private static HttpResponse<String> get(String url, String basicUser) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (basicUser != null) {
            String token = basicUser + ":" + basicUser;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
