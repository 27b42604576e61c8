package se.rjh.mtp.local.auth;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.local.PortalProcesses;

/**
 * The local OpenID Connect provider: a real Spring Authorization Server that signs in the demo users (password = user
 * name) and puts their role in the tokens as the claim {@code roles}. The portal signs in here; the services, in
 * their local {@code both} mode, accept its tokens besides HTTP Basic. Production uses the region's identity provider
 * instead, docker-compose a Keycloak. Started by {@code LocalLauncher} as its own JVM from mtp-local's jar.
 *
 * <p>Reached as {@code localhost} while the portal is reached as {@code 127.0.0.1}: a browser keeps cookies per host
 * name, so the two session cookies (both JSESSIONID) never overwrite each other. The issuer is taken from the address
 * the caller used, so every part of the system calls it {@code http://localhost:<port>} ({@link PortalProcesses#issuer}).
 */
@SpringBootApplication
@EnableConfigurationProperties(LocalAuthProperties.class)
public class LocalAuthorizationServer {

    public static void main(String[] args) {
        start(args);
    }

    /** Starts it in this JVM; {@code --server.port=0} for a free port, {@code --mtp.auth.portal-url=...}. */
    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(LocalAuthorizationServer.class)
                .properties(Map.of(
                        "spring.config.name", "mtp-local-auth",
                        "server.port", PortalProcesses.AUTH_PORT,
                        // Loopback only: the demo users' passwords are their names.
                        "server.address", "127.0.0.1",
                        "management.endpoints.web.exposure.include", "health",
                        // Cookie named apart from the portal's as well, for a browser that does not tell the hosts apart.
                        "server.servlet.session.cookie.name", "MTPAUTHSESSION"))
                .run(args);
    }
}
