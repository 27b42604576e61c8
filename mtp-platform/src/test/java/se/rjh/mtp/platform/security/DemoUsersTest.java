package se.rjh.mtp.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

class DemoUsersTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class, WebMvcAutoConfiguration.class))
            .withUserConfiguration(SecurityConfiguration.class);

    /** A bcrypt check per request costs tens of milliseconds; the demo users must keep their cheap passwords. */
    @Test
    void aLoginDoesNotReEncodeTheDemoPasswordWithBcrypt() {
        runner.run(context -> {
            Authentication done = context.getBean(AuthenticationConfiguration.class).getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "admin"));
            assertThat(done.isAuthenticated()).isTrue();

            String stored = context.getBean(UserDetailsService.class).loadUserByUsername("admin").getPassword();
            assertThat(stored).startsWith("{noop}").doesNotStartWith("{bcrypt}");
        });
    }

    @Test
    void everyDemoUserHoldsOneOfTheRoles() {
        assertThat(SecurityConfiguration.DEMO_USERS.values()).allSatisfy(role -> assertThat(role).isIn(
                Roles.REGISTRAR, Roles.CASE_OFFICER, Roles.LSG_CHAIR, Roles.LAG_MEMBER, Roles.AUDITOR, Roles.ADMIN));
        assertThat(SecurityConfiguration.DEMO_USERS).hasSize(6);
    }
}
