package se.rjh.mtp.portal.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.client.RestClient;

/**
 * What every gateway to a service is: its calls go through one {@link ServiceClient}, named after the service so a
 * refusal or an outage says which service it was. The services' names stand here once.
 */
public abstract class ServiceGateway {

    protected static final String CASE_SERVICE = "case-service";
    protected static final String GROUP_SERVICE = "group-service";
    protected static final String GUIDELINE_SERVICE = "guideline-service";
    protected static final String REPORTING_SERVICE = "reporting-service";

    protected final ServiceClient service;

    /** The service's refusals stay {@link ServiceRefusal}s. */
    protected ServiceGateway(String name, RestClient http, ObjectMapper json) {
        this(new ServiceClient(name, http, json));
    }

    /** A client the gateway built itself (its own exception for a refusal, an interceptor). */
    protected ServiceGateway(ServiceClient service) {
        this.service = service;
    }
}
