package se.rjh.mtp.portal.reporting;

import static se.rjh.mtp.portal.cases.ServiceClients.REPORTING_SERVICE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.reporting.view.AuditTrail;
import se.rjh.mtp.api.reporting.view.CaseAtInstant;
import se.rjh.mtp.api.reporting.view.DashboardReport;
import se.rjh.mtp.api.reporting.view.Diarium;
import se.rjh.mtp.api.reporting.view.ReplayStatus;
import se.rjh.mtp.api.reporting.view.ServiceChainVerification;
import se.rjh.mtp.api.reporting.view.Worklist;
import se.rjh.mtp.portal.audit.AuditGateway;
import se.rjh.mtp.portal.cases.Query;
import se.rjh.mtp.portal.cases.ServiceClients;
import se.rjh.mtp.portal.cases.ServiceGateway;
import se.rjh.mtp.portal.dashboard.DashboardGateway;

/**
 * reporting-service over HTTP, with the signed-in user's token (the relaying RestClient): one client for all its
 * reads, each page's package seeing only its own interface (the work list, the dashboard, the audit pages).
 */
@Component
class RestReportingGateway extends ServiceGateway implements WorklistGateway, DashboardGateway, AuditGateway {

    private static final String CASE_AUDIT = "/api/audit/cases/{id}";

    RestReportingGateway(ServiceClients clients, ObjectMapper json) {
        super(REPORTING_SERVICE, clients, json);
    }

    @Override
    public Worklist worklist() {
        return service.read(Worklist.class, "/api/worklist");
    }

    @Override
    public DashboardReport dashboard() {
        return service.read(DashboardReport.class, "/api/reports/dashboard");
    }

    @Override
    public AuditTrail trail(String caseId) {
        return service.read(AuditTrail.class, Query.path(CASE_AUDIT, caseId).param("format", "json"));
    }

    @Override
    public CaseAtInstant caseAt(String caseId, Instant asOf) {
        return service.read(CaseAtInstant.class, Query.path(CASE_AUDIT, caseId).param("asOf", asOf.toString()));
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
