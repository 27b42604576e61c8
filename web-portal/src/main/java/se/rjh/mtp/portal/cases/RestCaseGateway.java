package se.rjh.mtp.portal.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.view.CasePage;
import se.rjh.mtp.api.cases.view.CaseStepChange;
import se.rjh.mtp.api.cases.view.CaseReference;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.HistoryEntry;
import se.rjh.mtp.api.cases.view.RegistrationResult;
import se.rjh.mtp.portal.live.CaseChangedException;
import se.rjh.mtp.portal.live.CaseVersion;

/**
 * case-service over HTTP, with the signed-in user's token (the relaying RestClient) and, on a command, the version of
 * the case the form was rendered with ({@link CaseVersion}).
 */
@Component
class RestCaseGateway implements CaseGateway {

    static final String SERVICE = "case-service";
    /** The member of case-service's 409 that says the case changed since the version in {@code If-Match}. */
    static final String CURRENT_VERSION = "currentVersion";

    private final RestClient http;
    private final ObjectMapper json;

    RestCaseGateway(RestClient caseServiceClient, ObjectMapper json) {
        this.http = caseServiceClient.mutate().requestInterceptor(CaseVersion.relay()).build();
        this.json = json;
    }

    @Override
    public CasePage list(CaseFilter filter) {
        return call(() -> http.get().uri(uri -> listUri(uri, filter)).retrieve()
                .onStatus(HttpStatusCode::isError, this::refuse).body(CasePage.class));
    }

    private static java.net.URI listUri(UriBuilder uri, CaseFilter filter) {
        uri.path("/api/cases").queryParam("page", filter.page()).queryParam("size", filter.size());
        if (filter.step() != null) {
            uri.queryParam("step", filter.step());
        }
        if (filter.caseType() != null) {
            uri.queryParam("caseType", filter.caseType());
        }
        if (filter.q() != null) {
            uri.queryParam("q", filter.q());
        }
        return uri.build();
    }

    @Override
    public CaseView get(String caseId) {
        ResponseEntity<CaseView> read = call(() -> http.get().uri("/api/cases/{id}", caseId).retrieve()
                .onStatus(HttpStatusCode::isError, this::refuse).toEntity(CaseView.class));
        CaseVersion.seen(read.getHeaders().getFirst(HttpHeaders.ETAG));
        return read.getBody();
    }

    @Override
    public List<HistoryEntry> history(String caseId) {
        return call(() -> http.get().uri("/api/cases/{id}/history", caseId).retrieve()
                .onStatus(HttpStatusCode::isError, this::refuse)
                .body(new ParameterizedTypeReference<List<HistoryEntry>>() { }));
    }

    @Override
    public String receive(Intake intake) {
        return call(() -> http.post().uri("/api/cases").body(intake).retrieve()
                .onStatus(HttpStatusCode::isError, this::refuse).body(CaseReference.class)).id();
    }

    @Override
    public String register(String caseId, Registration registration) {
        return call(() -> http.post().uri("/api/cases/{id}/registration", caseId).body(registration).retrieve()
                .onStatus(HttpStatusCode::isError, this::refuse).body(RegistrationResult.class)).caseNumber();
    }

    @Override
    public CaseStep startPreparation(String caseId, String caseOfficer) {
        return call(() -> http.post().uri("/api/cases/{id}/preparation", caseId)
                .body(java.util.Map.of("caseOfficer", caseOfficer)).retrieve()
                .onStatus(HttpStatusCode::isError, this::refuse).body(CaseStepChange.class)).step();
    }

    @Override
    public CaseStep propose(String caseId, Proposal proposal) {
        return call(() -> http.post().uri("/api/cases/{id}/proposal", caseId).body(proposal).retrieve()
                .onStatus(HttpStatusCode::isError, this::refuse).body(CaseStepChange.class)).step();
    }

    @Override
    public CaseStep decide(String caseId, Decision decision) {
        return call(() -> http.post().uri("/api/cases/{id}/decision", caseId).body(decision).retrieve()
                .onStatus(HttpStatusCode::isError, this::refuse).body(CaseStepChange.class)).step();
    }

    /** The case a request to {@code /api/cases/{id}/...} is about. */
    private static String caseId(org.springframework.http.HttpRequest request) {
        String[] segments = request.getURI().getRawPath().split("/");
        return segments.length > 3 ? segments[3] : null;
    }

    private static <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException unreachable) {
            throw new ServiceUnavailableException(SERVICE, unreachable);
        }
    }

    /** Reads the service's problem+json; the rejected value is never in it (the services never echo it). */
    private void refuse(org.springframework.http.HttpRequest request, ClientHttpResponse response) throws IOException {
        HttpStatusCode status = response.getStatusCode();
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            throw new ServiceUnavailableException(SERVICE, null);
        }
        JsonNode problem;
        try {
            problem = json.readTree(response.getBody());
        } catch (IOException notJson) {
            problem = json.createObjectNode();
        }
        List<ServiceRefusal.FieldProblem> fields = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (problem != null) {
            for (JsonNode error : problem.path("errors")) {
                fields.add(new ServiceRefusal.FieldProblem(error.path("field").asText(null),
                        error.path("reason").asText(null)));
            }
            problem.path("missing").forEach(item -> missing.add(item.asText()));
            if (status.value() == HttpStatus.CONFLICT.value() && problem.hasNonNull(CURRENT_VERSION)) {
                throw new CaseChangedException(caseId(request), problem.path(CURRENT_VERSION).asLong());
            }
        }
        throw new ServiceRefusal(status.value(), problem == null ? null : problem.path("detail").asText(null), fields,
                missing);
    }
}
