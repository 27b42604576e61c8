package se.rjh.mtp.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.system.SystemUnderTest.Service.CASES;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * case-service started with {@code SPRING_PROFILES_ACTIVE=prod} as the image starts it: the API wants a JWT (the
 * demo users are gone), Swagger is off, and health and metrics answer without credentials on the separate
 * management port only. No token is ever validated here, so the issuer is never called (JwtValidationTest in
 * mtp-platform validates real tokens).
 */
class ProductionProfileTest {

    private static final int MANAGEMENT_PORT = EmbeddedInfrastructure.freePort();

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of().with(CASES, cases -> cases.args(
            "--spring.profiles.active=prod",
            "--management.server.port=" + MANAGEMENT_PORT,
            "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/mtp",
            "--spring.security.oauth2.resourceserver.jwt.audiences=mtp-api",
            // The prod profile refuses the local default key of secrecy-marked cases' text.
            "--mtp.secrecy.master-key=" + java.util.Base64.getEncoder().encodeToString(new byte[32])));

    @Test
    void healthAndPrometheusAnswerWithoutCredentialsOnTheManagementPort() {
        assertThat(TestHttp.get(management("/actuator/health"), null).status()).isEqualTo(200);
        TestHttp.Response metrics = TestHttp.get(management("/actuator/prometheus"), null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"case-service\"");
    }

    @Test
    void otherManagementEndpointsAreRefused() {
        assertThat(TestHttp.get(management("/actuator/metrics"), null).status()).isEqualTo(403);
    }

    @Test
    void theApiWantsABearerTokenAndNoLongerKnowsTheDemoUsers() {
        assertThat(TestHttp.get(api("/api/cases"), null).status()).isEqualTo(401);
        TestHttp.Response basic = TestHttp.get(api("/api/cases"), "registrator");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(TestHttp.get(api("/actuator/prometheus"), null).status()).as("metrics are not on the API port")
                .isIn(401, 404);
    }

    @Test
    void swaggerIsOff() {
        assertThat(TestHttp.get(api("/v3/api-docs"), null).status()).isNotEqualTo(200);
        assertThat(TestHttp.get(api("/swagger-ui.html"), null).status()).isNotEqualTo(200);
    }

    private static String api(String path) {
        return system.cases().url(path);
    }

    private static String management(String path) {
        return "http://127.0.0.1:" + MANAGEMENT_PORT + path;
    }
}
