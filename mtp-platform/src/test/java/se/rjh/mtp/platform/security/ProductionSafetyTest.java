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

/** The prod profile starts only with JWT sign-in; HTTP Basic and its demo users are refused with a clear message. */
class ProductionSafetyTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    OAuth2ResourceServerAutoConfiguration.class))
            .withUserConfiguration(SecurityConfiguration.class);

    @Test
    void prodWithHttpBasicFailsAtStartNamingTheSettingToChange() {
        runner.withPropertyValues("spring.profiles.active=prod", "mtp.security.mode=basic").run(context -> {
            assertThat(context).hasFailed();
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
            assertThat(cause).isInstanceOf(UnsafeProductionSettingException.class)
                    .hasMessageContaining("prod profile refuses to start")
                    .hasMessageContaining("Set MTP_SECURITY_MODE=jwt");

            FailureAnalysis report = new UnsafeProductionSettingFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(report).isNotNull();
            assertThat(report.getAction()).contains("MTP_SECURITY_MODE=jwt");
        });
    }

    @Test
    void prodWithJwtStartsWithoutTheDemoUsers() {
        runner.withPropertyValues("spring.profiles.active=prod", "mtp.security.mode=jwt",
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/unused")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
                });
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
