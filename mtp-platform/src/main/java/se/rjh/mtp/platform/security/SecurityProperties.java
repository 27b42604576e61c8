package se.rjh.mtp.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode       {@code basic} (local demo users), {@code jwt} (OAuth2 resource server) or {@code both} (local: the
 *                   demo users for curl and the README, and the local authorization server's tokens, which the portal
 *                   relays)
 * @param roleClaim  the JWT claim that holds the role names, e.g. {@code roles} or {@code realm_access.roles}
 * @param swaggerUi  whether Swagger UI and the API docs are served
 */
@ConfigurationProperties(prefix = "mtp.security")
public record SecurityProperties(String mode, String roleClaim, Boolean swaggerUi) {
    public SecurityProperties {
        mode = mode == null ? "basic" : mode;
        roleClaim = roleClaim == null ? "roles" : roleClaim;
        swaggerUi = swaggerUi == null || swaggerUi;
    }

    public boolean jwt() {
        return "jwt".equalsIgnoreCase(mode);
    }

    /** Whether bearer tokens (JWTs from the configured issuer) are accepted: in {@code jwt} and {@code both} mode. */
    public boolean bearerTokens() {
        return jwt() || "both".equalsIgnoreCase(mode);
    }

    /**
     * Whether the local demo users sign in (HTTP Basic). Anything that exists only for them, such as group-service's
     * demo chair and LAG member, follows this; the prod profile refuses to start with it ({@link ProductionSafety}).
     */
    public boolean demoUsers() {
        return !jwt();
    }
}
