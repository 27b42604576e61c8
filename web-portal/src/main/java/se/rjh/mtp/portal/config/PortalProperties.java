package se.rjh.mtp.portal.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param caseServiceUrl where case-service answers, e.g. {@code http://127.0.0.1:8081}
 * @param groupServiceUrl     where group-service answers (groups, LAG assignments, the in-house register), e.g.
 *                            {@code http://127.0.0.1:8082}
 * @param guidelineServiceUrl where guideline-service answers (the guideline library), e.g. {@code http://127.0.0.1:8083}
 * @param reportingServiceUrl where reporting-service answers (the work list), e.g. {@code http://127.0.0.1:8084}
 * @param roleClaim      the ID token claim with the role names, dot-separated when nested ({@code roles} from the
 *                       local authorization server, {@code realm_access.roles} from Keycloak)
 * @param registrationId the OAuth2 client registration the portal signs in with and relays tokens from
 */
@ConfigurationProperties(prefix = "mtp.portal")
public record PortalProperties(String caseServiceUrl, String groupServiceUrl, String guidelineServiceUrl,
                               String reportingServiceUrl, String roleClaim, String registrationId) {
    public PortalProperties {
        caseServiceUrl = caseServiceUrl == null ? "http://127.0.0.1:8081" : caseServiceUrl;
        groupServiceUrl = groupServiceUrl == null ? "http://127.0.0.1:8082" : groupServiceUrl;
        guidelineServiceUrl = guidelineServiceUrl == null ? "http://127.0.0.1:8083" : guidelineServiceUrl;
        reportingServiceUrl = reportingServiceUrl == null ? "http://127.0.0.1:8084" : reportingServiceUrl;
        roleClaim = roleClaim == null ? "roles" : roleClaim;
        registrationId = registrationId == null ? "mtp" : registrationId;
    }
}
