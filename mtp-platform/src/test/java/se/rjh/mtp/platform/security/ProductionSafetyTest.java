package se.rjh.mtp.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The prod profile starts only with JWT sign-in from a named issuer for a named audience; HTTP Basic and its demo
 * users are refused with a message that names the variable to change.
 */
class ProductionSafetyTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    OAuth2ResourceServerAutoConfiguration.class))
            .withUserConfiguration(SecurityConfiguration.class);

    private static final String[] PROD_JWT = {"spring.profiles.active=prod", "mtp.security.mode=jwt"};
    private static final String ISSUER = ProductionSafety.ISSUER + "=https://login.example.se/realms/mtp";
    private static final String AUDIENCES = ProductionSafety.AUDIENCES;
    private static final String AUDIENCE = AUDIENCES + "=mtp-api";

    @Test
    void prodWithHttpBasicFailsAtStartNamingTheSettingToChange() {
        runner.withPropertyValues("spring.profiles.active=prod", "mtp.security.mode=basic").run(context -> {
            assertThat(refusal(context.getStartupFailure()))
                    .hasMessageContaining("prod profile refuses to start")
                    .hasMessageContaining("Set MTP_SECURITY_MODE=jwt");

            FailureAnalysis report = new UnsafeProductionSettingFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(report).isNotNull();
            assertThat(report.getAction()).contains("MTP_SECURITY_MODE=jwt");
        });
    }

    /** The local mode with both the demo users and the local issuer's tokens never reaches production either. */
    @Test
    void prodWithTheLocalBothModeFailsAtStart() {
        runner.withPropertyValues("spring.profiles.active=prod", "mtp.security.mode=both", ISSUER, AUDIENCE)
                .run(context -> assertThat(refusal(context.getStartupFailure()))
                        .hasMessageContaining("Set MTP_SECURITY_MODE=jwt"));
    }

    @Test
    void prodWithJwtFromANamedIssuerForANamedAudienceStartsWithoutTheDemoUsers() {
        runner.withPropertyValues(PROD_JWT).withPropertyValues(ISSUER, AUDIENCE).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
        });
    }

    @Test
    void prodWithoutAnIssuerFailsNamingIt() {
        runner.withPropertyValues(PROD_JWT).withPropertyValues(AUDIENCE,
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/unused")
                .run(context -> assertThat(refusal(context.getStartupFailure()))
                        .hasMessageContaining("Set SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI="));
    }

    @Test
    void prodWithoutAnAudienceFailsNamingIt() {
        runner.withPropertyValues(PROD_JWT).withPropertyValues(ISSUER).run(context ->
                assertThat(refusal(context.getStartupFailure()))
                        .hasMessageContaining("Set SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES="));
        runner.withPropertyValues(PROD_JWT).withPropertyValues(ISSUER, AUDIENCES + "= ").run(context ->
                assertThat(refusal(context.getStartupFailure())).hasMessageContaining("AUDIENCES"));
    }

    private static Throwable refusal(Throwable startupFailure) {
        assertThat(startupFailure).as("the start must fail").isNotNull();
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(startupFailure);
        assertThat(cause).isInstanceOf(UnsafeProductionSettingException.class);
        return cause;
    }

    @Test
    void withoutProdTheDemoUsersStayAvailable() {
        runner.withPropertyValues("mtp.security.mode=basic").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(UserDetailsService.class).loadUserByUsername("ordforande"))
                    .extracting(u -> u.getAuthorities().toString(), InstanceOfAssertFactories.STRING)
                    .contains("ROLE_LSG_CHAIR");
        });
    }
}
