package se.rjh.mtp.local.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import se.rjh.mtp.local.PortalProcesses;

/**
 * @param portalUrl    where the portal is served; its sign-in callback and signed-out page are registered under it
 * @param clientSecret the portal's client secret (a local demo value: nothing here leaves the machine)
 */
@ConfigurationProperties(prefix = "mtp.auth")
public record LocalAuthProperties(String portalUrl, String clientSecret) {

    public static final String CLIENT_ID = "mtp-portal";
    public static final String DEFAULT_CLIENT_SECRET = "mtp-portal-local";

    public LocalAuthProperties {
        portalUrl = portalUrl == null ? PortalProcesses.portalUrl(PortalProcesses.PORTAL_PORT) : portalUrl;
        clientSecret = clientSecret == null ? DEFAULT_CLIENT_SECRET : clientSecret;
    }
}
