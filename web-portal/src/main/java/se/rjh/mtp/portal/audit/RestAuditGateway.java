package se.rjh.mtp.portal.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import se.rjh.mtp.api.reporting.view.AuditTrail;
import se.rjh.mtp.api.reporting.view.CaseAtInstant;
import se.rjh.mtp.api.reporting.view.Diarium;
import se.rjh.mtp.api.reporting.view.ReplayStatus;
import se.rjh.mtp.api.reporting.view.ServiceChainVerification;
import se.rjh.mtp.portal.cases.ServiceResponses;

/** reporting-service's {@code /api/audit/**} and {@code /api/diarium}, with the signed-in user's token. */
@Component
class RestAuditGateway implements AuditGateway {

    private final RestClient http;
    private final ServiceResponses responses;

    RestAuditGateway(RestClient reportingServiceClient, ObjectMapper json) {
        this.http = reportingServiceClient;
        this.responses = new ServiceResponses("reporting-service", json);
    }

    @Override
    public AuditTrail trail(String caseId) {
        return read(uri -> uri.path("/api/audit/cases/{id}").queryParam("format", "json").build(caseId),
                AuditTrail.class);
    }

    @Override
    public CaseAtInstant caseAt(String caseId, Instant asOf) {
        return read(uri -> uri.path("/api/audit/cases/{id}").queryParam("asOf", asOf.toString()).build(caseId),
                CaseAtInstant.class);
    }

    @Override
    public ServiceChainVerification verification() {
        return read(uri -> uri.path("/api/audit/verify/services").build(), ServiceChainVerification.class);
    }

    @Override
    public ReplayStatus replayStatus() {
        return read(uri -> uri.path("/api/audit/replay").build(), ReplayStatus.class);
    }

    @Override
    public ReplayStatus startReplay() {
        return responses.call(() -> http.post().uri("/api/audit/replay").retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(ReplayStatus.class));
    }

    @Override
    public Diarium diarium() {
        return read(uri -> uri.path("/api/diarium").build(), Diarium.class);
    }

    private <T> T read(Function<UriBuilder, URI> uri, Class<T> type) {
        return responses.call(() -> http.get().uri(uri).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(type));
    }
}
