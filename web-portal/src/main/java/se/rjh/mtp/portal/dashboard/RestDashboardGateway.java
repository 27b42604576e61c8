package se.rjh.mtp.portal.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import se.rjh.mtp.api.reporting.view.DashboardReport;
import se.rjh.mtp.portal.cases.ServiceResponses;

/** reporting-service's {@code GET /api/reports/dashboard}, with the signed-in user's token. */
@Component
class RestDashboardGateway implements DashboardGateway {

    private final RestClient http;
    private final ServiceResponses responses;

    RestDashboardGateway(RestClient reportingServiceClient, ObjectMapper json) {
        this.http = reportingServiceClient;
        this.responses = new ServiceResponses("reporting-service", json);
    }

    @Override
    public DashboardReport dashboard() {
        return responses.call(() -> http.get().uri("/api/reports/dashboard").retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(DashboardReport.class));
    }
}
