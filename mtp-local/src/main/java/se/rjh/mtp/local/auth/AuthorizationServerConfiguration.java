package se.rjh.mtp.local.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import se.rjh.mtp.api.common.DemoUsers;

/** The OpenID Connect endpoints, the login form, the demo users and the portal as the one client. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** The claim the services (mtp.security.role-claim) and the portal read the roles from. */
    static final String ROLES_CLAIM = "roles";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/actuator/health", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login"));
        return http.build();
    }

    /** Only the lookup, so the {@code {noop}} demo passwords are never re-encoded with bcrypt. */
    @Bean
    UserDetailsService demoUsers() {
        List<UserDetails> users = new ArrayList<>();
        DemoUsers.ROLES.forEach((name, role) ->
                users.add(User.withUsername(name).password("{noop}" + name).roles(role).build()));
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return manager::loadUserByUsername;
    }

    @Bean
    RegisteredClientRepository portalClient(LocalAuthProperties properties) {
        String portal = properties.portalUrl().replaceAll("/+$", "");
        RegisteredClient client = RegisteredClient.withId(LocalAuthProperties.CLIENT_ID)
                .clientId(LocalAuthProperties.CLIENT_ID)
                .clientSecret("{noop}" + properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                // A loopback redirect matches on any port (RFC 8252), so a test's portal on a free port works too.
                .redirectUri(portal + "/login/oauth2/code/mtp")
                .postLogoutRedirectUri(portal + "/utloggad")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
                .build();
        return new InMemoryRegisteredClientRepository(client);
    }

    /** The roles in the access token (for the services) and the ID token (for the portal's pages). */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> rolesInTokens() {
        return context -> {
            boolean access = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean id = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (access || id) {
                List<String> roles = context.getPrincipal().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList();
                context.getClaims().claim(ROLES_CLAIM, roles)
                        .claim("preferred_username", context.getPrincipal().getName());
            }
        };
    }

    /** Lets the OpenID logout endpoint find and end the signed-in session (RP-initiated logout). */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
