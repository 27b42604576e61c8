package se.rjh.mtp.portal.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import se.rjh.mtp.api.reporting.view.AuditTrail;
import se.rjh.mtp.api.reporting.view.CaseAtInstant;
import se.rjh.mtp.api.reporting.view.Diarium;
import se.rjh.mtp.api.reporting.view.ReplayStatus;
import se.rjh.mtp.api.reporting.view.ServiceChainVerification;
import se.rjh.mtp.portal.cases.ServiceClient;

/** reporting-service's {@code /api/audit/**} and {@code /api/diarium}, with the signed-in user's token. */
@Component
class RestAuditGateway implements AuditGateway {

    private final ServiceClient service;

    RestAuditGateway(RestClient reportingServiceClient, ObjectMapper json) {
        this.service = new ServiceClient("reporting-service", reportingServiceClient, json);
    }

    @Override
    public AuditTrail trail(String caseId) {
        return service.read(AuditTrail.class,
                uri -> uri.path("/api/audit/cases/{id}").queryParam("format", "json").build(caseId));
    }

    @Override
    public CaseAtInstant caseAt(String caseId, Instant asOf) {
        return service.read(CaseAtInstant.class,
                uri -> uri.path("/api/audit/cases/{id}").queryParam("asOf", asOf.toString()).build(caseId));
    }

    @Override
    public ServiceChainVerification verification() {
        return service.read(ServiceChainVerification.class, "/api/audit/verify/services");
    }

    @Override
    public ReplayStatus replayStatus() {
        return service.read(ReplayStatus.class, "/api/audit/replay");
    }

    @Override
    public ReplayStatus startReplay() {
        return service.send(HttpMethod.POST, null, ReplayStatus.class, "/api/audit/replay");
    }

    @Override
    public Diarium diarium() {
        return service.read(Diarium.class, "/api/diarium");
    }
}
