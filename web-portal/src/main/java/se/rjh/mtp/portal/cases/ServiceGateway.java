package se.rjh.mtp.portal.cases;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every gateway to a service is: its calls go through one {@link ServiceClient}, named after the service so a
 * refusal or an outage says which service it was.
 */
public abstract class ServiceGateway {

    protected final ServiceClient service;

    /** The service as the signed-in user; its refusals stay {@link ServiceRefusal}s. */
    protected ServiceGateway(String name, ServiceClients clients, ObjectMapper json) {
        this(new ServiceClient(name, clients.relaying(name), json));
    }

    /** A client the gateway built itself (its own exception for a refusal, an interceptor, no token). */
    protected ServiceGateway(ServiceClient service) {
        this.service = service;
    }
}
