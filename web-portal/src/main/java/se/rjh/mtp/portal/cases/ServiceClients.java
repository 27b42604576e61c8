package se.rjh.mtp.portal.cases;

import org.springframework.web.client.RestClient;

/**
 * Where the portal reaches each service, by the service's name: one bean ({@code ServiceClientsConfiguration}) knows
 * every address, the token relay and the timeouts, so a gateway names only the service it calls.
 */
public interface ServiceClients {

    String CASE_SERVICE = "case-service";
    String GROUP_SERVICE = "group-service";
    String GUIDELINE_SERVICE = "guideline-service";
    String REPORTING_SERVICE = "reporting-service";

    /** The service's client that carries the signed-in user's token, so the service authorises the person. */
    RestClient relaying(String service);

    /** The service's client without a token: its public reads, for anyone. */
    RestClient anonymous(String service);
}
