package se.rjh.mtp.portal.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import se.rjh.mtp.api.reporting.view.Worklist;
import se.rjh.mtp.portal.cases.ServiceClient;

/** reporting-service over HTTP, with the signed-in user's token (the relaying RestClient). */
@Component
class RestWorklistGateway implements WorklistGateway {

    static final String SERVICE = "reporting-service";

    private final ServiceClient service;

    RestWorklistGateway(RestClient reportingServiceClient, ObjectMapper json) {
        this.service = new ServiceClient(SERVICE, reportingServiceClient, json);
    }

    @Override
    public Worklist worklist() {
        return service.read(Worklist.class, "/api/worklist");
    }
}
