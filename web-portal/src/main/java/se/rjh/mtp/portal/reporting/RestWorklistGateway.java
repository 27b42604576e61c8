package se.rjh.mtp.portal.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import se.rjh.mtp.api.reporting.view.Worklist;
import se.rjh.mtp.portal.cases.ServiceResponses;

/** reporting-service over HTTP, with the signed-in user's token (the relaying RestClient). */
@Component
class RestWorklistGateway implements WorklistGateway {

    static final String SERVICE = "reporting-service";

    private final RestClient http;
    private final ServiceResponses responses;

    RestWorklistGateway(RestClient reportingServiceClient, ObjectMapper json) {
        this.http = reportingServiceClient;
        this.responses = new ServiceResponses(SERVICE, json);
    }

    @Override
    public Worklist worklist() {
        return responses.call(() -> http.get().uri("/api/worklist").retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(Worklist.class));
    }
}
