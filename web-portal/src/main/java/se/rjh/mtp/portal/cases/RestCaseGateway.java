package se.rjh.mtp.portal.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.view.CasePage;
import se.rjh.mtp.api.cases.view.CaseStepChange;
import se.rjh.mtp.api.cases.view.CaseReference;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.ConsultationCreated;
import se.rjh.mtp.api.cases.view.ConsultationReference;
import se.rjh.mtp.api.cases.view.DocumentCreated;
import se.rjh.mtp.api.cases.view.NoteCreated;
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
    private final ServiceResponses responses;

    RestCaseGateway(RestClient caseServiceClient, ObjectMapper json) {
        this.http = caseServiceClient.mutate().requestInterceptor(CaseVersion.relay()).build();
        this.responses = new ServiceResponses(SERVICE, json);
    }

    @Override
    public CasePage list(CaseFilter filter) {
        return responses.call(() -> http.get().uri(uri -> listUri(uri, filter)).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(CasePage.class));
    }

    private static java.net.URI listUri(UriBuilder uri, CaseFilter filter) {
        uri.path("/api/cases").queryParam("page", filter.page()).queryParam("size", filter.size())
                .queryParam("sort", filter.sort().parameter());
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
        ResponseEntity<CaseView> read = responses.call(() -> http.get().uri("/api/cases/{id}", caseId).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).toEntity(CaseView.class));
        CaseVersion.seen(read.getHeaders().getFirst(HttpHeaders.ETAG));
        return read.getBody();
    }

    @Override
    public List<HistoryEntry> history(String caseId) {
        return responses.call(() -> http.get().uri("/api/cases/{id}/history", caseId).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse)
                .body(new ParameterizedTypeReference<List<HistoryEntry>>() { }));
    }

    @Override
    public String receive(Intake intake) {
        return send(HttpMethod.POST, intake, CaseReference.class, "/api/cases").id();
    }

    @Override
    public String register(String caseId, Registration registration) {
        return send(HttpMethod.POST, registration, RegistrationResult.class, "/api/cases/{id}/registration", caseId)
                .caseNumber();
    }

    @Override
    public CaseStep startPreparation(String caseId, String caseOfficer) {
        return send(HttpMethod.POST, java.util.Map.of("caseOfficer", caseOfficer), CaseStepChange.class,
                "/api/cases/{id}/preparation", caseId).step();
    }

    @Override
    public CaseStep propose(String caseId, Proposal proposal) {
        return send(HttpMethod.POST, proposal, CaseStepChange.class, "/api/cases/{id}/proposal", caseId).step();
    }

    @Override
    public CaseStep decide(String caseId, Decision decision) {
        return send(HttpMethod.POST, decision, CaseStepChange.class, "/api/cases/{id}/decision", caseId).step();
    }

    @Override
    public void addNote(String caseId, CaseCommands.Note note) {
        send(HttpMethod.POST, note, NoteCreated.class, "/api/cases/{id}/notes", caseId);
    }

    @Override
    public void referenceDocument(String caseId, CaseCommands.DocumentReference document) {
        send(HttpMethod.POST, document, DocumentCreated.class, "/api/cases/{id}/documents", caseId);
    }

    @Override
    public void assessRisk(String caseId, CaseCommands.RiskAssessment risk) {
        send(HttpMethod.POST, risk, CaseReference.class, "/api/cases/{id}/risk-assessment", caseId);
    }

    @Override
    public void recordIncidentDetails(String caseId, CaseCommands.IncidentDetails details) {
        send(HttpMethod.PUT, details, CaseReference.class, "/api/cases/{id}/incident-details", caseId);
    }

    @Override
    public void recordNotReportable(String caseId, CaseCommands.Reason reason) {
        send(HttpMethod.POST, reason, CaseReference.class, "/api/cases/{id}/incident-details/not-reportable", caseId);
    }

    @Override
    public void recordInHouseConditions(String caseId, CaseCommands.InHouseConditions conditions) {
        send(HttpMethod.POST, conditions, CaseReference.class, "/api/cases/{id}/in-house-conditions", caseId);
    }

    @Override
    public void recordNationalRecommendation(String caseId, CaseCommands.Recommendation recommendation) {
        send(HttpMethod.PUT, recommendation, CaseReference.class, "/api/cases/{id}/national-recommendation", caseId);
    }

    @Override
    public CaseStep requestConsultation(String caseId, CaseCommands.ConsultationRequest request) {
        return send(HttpMethod.POST, request, ConsultationCreated.class, "/api/cases/{id}/consultations", caseId)
                .step();
    }

    @Override
    public void answerConsultation(String caseId, String consultationId, CaseCommands.Answer answer) {
        send(HttpMethod.POST, answer, ConsultationReference.class, "/api/cases/{id}/consultations/{cid}/answer",
                caseId, consultationId);
    }

    @Override
    public void waiveConsultation(String caseId, String consultationId, CaseCommands.Reason reason) {
        send(HttpMethod.POST, reason, ConsultationReference.class, "/api/cases/{id}/consultations/{cid}/waiver",
                caseId, consultationId);
    }

    @Override
    public CaseStep returnProposal(String caseId, CaseCommands.Reason reason) {
        return send(HttpMethod.POST, reason, CaseStepChange.class, "/api/cases/{id}/return", caseId).step();
    }

    @Override
    public CaseStep close(String caseId, CaseCommands.Closure closure) {
        return send(HttpMethod.POST, closure, CaseStepChange.class, "/api/cases/{id}/closure", caseId).step();
    }

    @Override
    public CaseStep voidCase(String caseId, CaseCommands.Reason reason) {
        return send(HttpMethod.POST, reason, CaseStepChange.class, "/api/cases/{id}/voiding", caseId).step();
    }

    @Override
    public void recordFollowUpOutcome(String caseId, String followUpId, CaseCommands.Outcome outcome) {
        send(HttpMethod.POST, outcome, CaseReference.class, "/api/cases/{id}/follow-ups/{fid}/outcome", caseId,
                followUpId);
    }

    /** One command: its body to the path, the answer read as the service's response record. */
    private <T> T send(HttpMethod method, Object body, Class<T> answer, String path, Object... variables) {
        return responses.call(() -> http.method(method).uri(path, variables).body(body).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(answer));
    }
}
