package se.rjh.mtp.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import se.rjh.mtp.api.common.DemoUsers;
import se.rjh.mtp.api.common.MetadataKeys;

/**
 * Every request is authenticated except health and the paths a service declares public with a {@link PublicPaths}
 * bean (group-service's acknowledgement links). Which role may call what is declared next to each endpoint
 * with {@code @PreAuthorize}, so the rule and the code it guards are read together.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    /** The local demo users: password equals user name. The prod profile refuses to start with them (ProductionSafety). */
    static final Map<String, String> DEMO_USERS = DemoUsers.ROLES;

    @Bean
    public SecurityFilterChain mtpSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
                                                      Environment environment,
                                                      ObjectProvider<PublicPaths> publicPaths) throws Exception {
        ProductionSafety.check(environment, properties);
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(!properties.jwt());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
                    // The error page must not turn a 400 into a 401 for anonymous callers.
                    auth.requestMatchers("/error").permitAll();
                    publicPaths.orderedStream().forEach(paths -> auth.requestMatchers(paths.patterns()).permitAll());
                    if (!properties.swaggerUi()) {
                        auth.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").denyAll();
                    }
                    auth.anyRequest().authenticated();
                });
        if (properties.bearerTokens()) {
            http.oauth2ResourceServer(o -> o
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new RoleClaimConverter(properties.roleClaim()))));
        }
        if (properties.demoUsers()) {
            http.httpBasic(b -> b.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    /**
     * Only the lookup is exposed, not the manager: a bean that can also store passwords would let Spring Security
     * re-encode the {@code {noop}} demo passwords with bcrypt after the first login, and every later request would
     * pay a bcrypt check (tens of milliseconds of CPU). These users are demo users; production uses JWT.
     */
    @Bean
    @ConditionalOnExpression("!'${mtp.security.mode:basic}'.equalsIgnoreCase('jwt')")
    public UserDetailsService demoUsers() {
        List<UserDetails> users = new ArrayList<>();
        DEMO_USERS.forEach((name, role) -> users.add(User.withUsername(name).password("{noop}" + name).roles(role).build()));
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return manager::loadUserByUsername;
    }

    /**
     * Reads role names from a (possibly nested, dot-separated) claim and grants them as {@code ROLE_x}. The user is
     * the token's subject ({@code sub}): the one stable identifier, which every identity comparison (group
     * membership, case officer, reviewers, "me") and the audit actor go through {@code Authentication.getName()}.
     * {@code preferred_username} can be changed at the issuer and would then make someone else of a stored actor; it
     * stays in the token's claims for display. With HTTP Basic the user name is the identifier.
     */
    record RoleClaimConverter(String claimPath) implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            String subject = jwt.getSubject();
            // Without a subject the actor would fall back to the system; a person is never "system:...".
            if (subject == null || subject.isBlank() || MetadataKeys.isSystemActor(subject)) {
                throw new InvalidBearerTokenException("The token names no usable subject.");
            }
            Object value = jwt.getClaims();
            for (String part : claimPath.split("\\.")) {
                value = value instanceof Map<?, ?> map ? map.get(part) : null;
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            if (value instanceof Collection<?> roles) {
                roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
            }
            return new JwtAuthenticationToken(jwt, authorities, subject);
        }
    }
}
