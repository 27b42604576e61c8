package se.rjh.mtp.portal.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import se.rjh.mtp.api.reporting.view.DashboardReport;
import se.rjh.mtp.portal.cases.ServiceClient;

/** reporting-service's {@code GET /api/reports/dashboard}, with the signed-in user's token. */
@Component
class RestDashboardGateway implements DashboardGateway {

    private final ServiceClient service;

    RestDashboardGateway(RestClient reportingServiceClient, ObjectMapper json) {
        this.service = new ServiceClient("reporting-service", reportingServiceClient, json);
    }

    @Override
    public DashboardReport dashboard() {
        return service.read(DashboardReport.class, "/api/reports/dashboard");
    }
}
