package se.rjh.mtp.platform.observability;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.WebApplicationContext;

/**
 * When actuator runs on its own port (the prod profile), Prometheus scrapes that port without credentials: the
 * port is published only on the deployment's internal network, never to users. Spring Boot runs the management
 * port as a child context that reuses this application's security filter, so this chain matches the requests that
 * arrive in the child's servlet context and lets health, info and prometheus through; anything else there is
 * refused. The application port keeps the platform's chain: every API call authenticated.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ManagementPortSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPortSecurityFilterChain(HttpSecurity http, WebApplicationContext application)
            throws Exception {
        http.securityMatcher((HttpServletRequest request) -> isManagementRequest(request, application))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                                "/actuator/info", "/actuator/prometheus").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    /** The application's own servlet context serves the API; any other one is the management child's. */
    static boolean isManagementRequest(HttpServletRequest request, WebApplicationContext application) {
        return application.getServletContext() != null && request.getServletContext() != application.getServletContext();
    }
}
