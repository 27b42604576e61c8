package se.rjh.mtp.portal.config;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in with OpenID Connect (authorization code flow); the tokens stay in the server-side session. Signing out
 * ends the portal's session and, through the provider's end-session endpoint (RP-initiated logout), the provider's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
public class PortalSecurityConfiguration {

    /** Pages that anyone may see, signed in or not. */
    static final String[] PUBLIC = {"/webjars/**", "/css/**", "/js/**", "/actuator/health", "/error",
            "/tillganglighet", "/utloggad",
            "/offentlig-forklaring", "/offentlig-forklaring.html", "/offentlig-forklaring.pdf", "/offentlig-forklaring.json"};

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler endProviderSession =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endProviderSession.setPostLogoutRedirectUri("{baseUrl}/utloggad");
        // An event stream's end (timeout, a page gone, the portal stopping) is an async dispatch of a request already
        // authorised, whose response has begun: checked again, it fails with "response already committed".
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                // The GrantedAuthoritiesMapper bean below gives the signed-in user their roles.
                .oauth2Login(login -> { })
                .oauth2Client(client -> { })
                .logout(logout -> logout.logoutSuccessHandler(endProviderSession));
        return http.build();
    }

    @Bean
    GrantedAuthoritiesMapper rolesFromClaim(PortalProperties properties) {
        String claimPath = properties.roleClaim();
        return authorities -> {
            List<GrantedAuthority> mapped = new ArrayList<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    mapped.addAll(roles(oidc.getIdToken().getClaims(), claimPath));
                }
            }
            return mapped;
        };
    }

    /** The role names in the (possibly nested) claim, as {@code ROLE_x}: the same reading as the services'. */
    static List<GrantedAuthority> roles(Map<String, Object> claims, String claimPath) {
        Object value = claims;
        for (String part : claimPath.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        List<GrantedAuthority> roles = new ArrayList<>();
        if (value instanceof Collection<?> names) {
            names.forEach(name -> roles.add(new SimpleGrantedAuthority("ROLE_" + name)));
        }
        return roles;
    }
}
