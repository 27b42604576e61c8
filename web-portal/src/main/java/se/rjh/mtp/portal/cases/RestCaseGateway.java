package se.rjh.mtp.portal.cases;

import static se.rjh.mtp.portal.cases.ServiceClients.CASE_SERVICE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
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
class RestCaseGateway extends ServiceGateway implements CaseGateway {

    /** The member of case-service's 409 that says the case changed since the version in {@code If-Match}. */
    static final String CURRENT_VERSION = "currentVersion";
    private static final String CASE = "/api/cases/{id}";

    RestCaseGateway(ServiceClients clients, ObjectMapper json) {
        super(new ServiceClient(CASE_SERVICE,
                clients.relaying(CASE_SERVICE).mutate().requestInterceptor(CaseVersion.relay()).build(), json));
    }

    @Override
    public CasePage list(CaseFilter filter) {
        return service.read(CasePage.class, Query.path("/api/cases").param("page", filter.page())
                .param("size", filter.size()).param("sort", filter.sort().parameter()).param("step", filter.step())
                .param("caseType", filter.caseType()).param("q", filter.q()));
    }

    @Override
    public CaseView get(String caseId) {
        ResponseEntity<CaseView> read = service.readEntity(CaseView.class, CASE, caseId);
        CaseVersion.seen(read.getHeaders().getFirst(HttpHeaders.ETAG));
        return read.getBody();
    }

    @Override
    public List<HistoryEntry> history(String caseId) {
        return service.read(new ParameterizedTypeReference<List<HistoryEntry>>() { }, CASE + "/history", caseId);
    }

    @Override
    public String receive(Intake intake) {
        return service.send(HttpMethod.POST, intake, CaseReference.class, "/api/cases").id();
    }

    @Override
    public String register(String caseId, Registration registration) {
        return service.send(HttpMethod.POST, registration, RegistrationResult.class, CASE + "/registration", caseId)
                .caseNumber();
    }

    @Override
    public CaseStep startPreparation(String caseId, String caseOfficer) {
        return transition(caseId, "/preparation", java.util.Map.of("caseOfficer", caseOfficer));
    }

    @Override
    public CaseStep propose(String caseId, Proposal proposal) {
        return transition(caseId, "/proposal", proposal);
    }

    @Override
    public CaseStep decide(String caseId, Decision decision) {
        return transition(caseId, "/decision", decision);
    }

    @Override
    public void addNote(String caseId, CaseCommands.Note note) {
        service.send(HttpMethod.POST, note, NoteCreated.class, CASE + "/notes", caseId);
    }

    @Override
    public void referenceDocument(String caseId, CaseCommands.DocumentReference document) {
        service.send(HttpMethod.POST, document, DocumentCreated.class, CASE + "/documents", caseId);
    }

    @Override
    public void assessRisk(String caseId, CaseCommands.RiskAssessment risk) {
        record(caseId, HttpMethod.POST, "/risk-assessment", risk);
    }

    @Override
    public void recordIncidentDetails(String caseId, CaseCommands.IncidentDetails details) {
        record(caseId, HttpMethod.PUT, "/incident-details", details);
    }

    @Override
    public void recordNotReportable(String caseId, CaseCommands.Reason reason) {
        record(caseId, HttpMethod.POST, "/incident-details/not-reportable", reason);
    }

    @Override
    public void recordInHouseConditions(String caseId, CaseCommands.InHouseConditions conditions) {
        record(caseId, HttpMethod.POST, "/in-house-conditions", conditions);
    }

    @Override
    public void recordNationalRecommendation(String caseId, CaseCommands.Recommendation recommendation) {
        record(caseId, HttpMethod.PUT, "/national-recommendation", recommendation);
    }

    @Override
    public CaseStep requestConsultation(String caseId, CaseCommands.ConsultationRequest request) {
        return service.send(HttpMethod.POST, request, ConsultationCreated.class, CASE + "/consultations", caseId)
                .step();
    }

    @Override
    public void answerConsultation(String caseId, String consultationId, CaseCommands.Answer answer) {
        service.send(HttpMethod.POST, answer, ConsultationReference.class, CASE + "/consultations/{cid}/answer",
                caseId, consultationId);
    }

    @Override
    public void waiveConsultation(String caseId, String consultationId, CaseCommands.Reason reason) {
        service.send(HttpMethod.POST, reason, ConsultationReference.class, CASE + "/consultations/{cid}/waiver",
                caseId, consultationId);
    }

    @Override
    public CaseStep returnProposal(String caseId, CaseCommands.Reason reason) {
        return transition(caseId, "/return", reason);
    }

    @Override
    public CaseStep close(String caseId, CaseCommands.Closure closure) {
        return transition(caseId, "/closure", closure);
    }

    @Override
    public CaseStep voidCase(String caseId, CaseCommands.Reason reason) {
        return transition(caseId, "/voiding", reason);
    }

    @Override
    public void recordFollowUpOutcome(String caseId, String followUpId, CaseCommands.Outcome outcome) {
        service.send(HttpMethod.POST, outcome, CaseReference.class, CASE + "/follow-ups/{fid}/outcome", caseId,
                followUpId);
    }

    /** A move of the case to another step: the body to the case's {@code tail}; the step the case is now in. */
    private CaseStep transition(String caseId, String tail, Object body) {
        return service.send(HttpMethod.POST, body, CaseStepChange.class, CASE + tail, caseId).step();
    }

    /** A record added to the case (answered with the case's reference): the body to the case's {@code tail}. */
    private void record(String caseId, HttpMethod method, String tail, Object body) {
        service.send(method, body, CaseReference.class, CASE + tail, caseId);
    }
}
