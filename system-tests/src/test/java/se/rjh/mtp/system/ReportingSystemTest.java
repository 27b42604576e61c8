package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * A secret incident case driven through every step over case-service's API, then read on reporting-service as an
 * auditor: the trail, the case at an instant, the figures, the diarium, tamper verification of the real stored
 * events, and a replay that rebuilds identical read models.
 */
@ExtendWith(CaseAndReporting.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingSystemTest {

    private static final List<String> OWN_EVENTS = List.of("CaseReceived", "CaseRegistered", "PreparationStarted",
            "IncidentDetailsRecorded", "ConsultationRequested", "ConsultationAnswered", "DecisionProposed",
            "ProposalReturned", "DecisionProposed", "CaseDecided", "CaseClosed");

    private static CaseAndReporting.Running system;
    private static String caseId;
    private static String caseNumber;
    private static JsonNode pipelineBefore;
    private static JsonNode incidentsBefore;
    /** The X-Correlation-Id sent with each request, by the event type the request caused. */
    private static final Map<String, String> sentCorrelation = new LinkedHashMap<>();

    @BeforeAll
    static void driveACaseThroughAllSteps(CaseAndReporting.Running running) {
        system = running;
        pipelineBefore = report("pipeline");
        incidentsBefore = report("incidents");
        caseId = call("POST", "", "registrator", "CaseReceived", """
                {"subject": "Infusionspump larmar inte", "description": "Larmet uteblev vid ocklusion",
                 "caseType": "INCIDENT_FOLLOW_UP", "channel": "INCIDENT_REPORT",
                 "submitter": {"name": "Eva Ek", "unit": "IVA Östersund", "email": "eva.ek@example.se"},
                 "receivedOn": "2026-11-20"}""").get("id").asText();
        caseNumber = call("POST", "/registration", "registrator", "CaseRegistered",
                "{\"classification\": \"Negativ händelse\", \"secrecy\": {\"provision\": \"OSL 25 kap. 1 §\"}}")
                .get("caseNumber").asText();
        call("POST", "/preparation", "handlaggare", "PreparationStarted", "{\"caseOfficer\": \"handlaggare\"}");
        call("PUT", "/incident-details", "handlaggare", "IncidentDetailsRecorded", """
                {"eventDate": "2026-11-18",
                 "device": {"name": "Infusionspump", "manufacturer": "Acme", "model": "IP-200",
                            "deviceClass": "MDR_IIB", "marking": "CE_MARKED"},
                 "reportedToManufacturerOn": "2026-11-19", "reportedToMedicalProductsAgencyOn": "2026-11-19",
                 "lexMariaAssessed": true}""");
        String consultationId = call("POST", "/consultations", "handlaggare", "ConsultationRequested",
                "{\"body\": \"PATIENT_SAFETY\", \"question\": \"Synpunkter?\", \"dueDate\": \"%s\"}"
                        .formatted(LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(14)))
                .get("consultationId").asText();
        call("POST", "/consultations/" + consultationId + "/answer", "handlaggare", "ConsultationAnswered",
                "{\"answer\": \"Inga invändningar\"}");
        call("POST", "/proposal", "handlaggare", "DecisionProposed#1",
                "{\"proposal\": \"Byt pump\", \"rationale\": \"Larmfel\"}");
        call("POST", "/return", "ordforande", "ProposalReturned", "{\"reason\": \"Komplettera riskbedömningen\"}");
        call("POST", "/proposal", "handlaggare", "DecisionProposed#2",
                "{\"proposal\": \"Byt pump\", \"rationale\": \"Larmfel, risk 8\"}");
        call("POST", "/decision", "ordforande", "CaseDecided",
                "{\"decision\": \"Pumparna byts ut\", \"decidedBy\": \"LSG\", \"followUps\": []}");
        call("POST", "/closure", "ordforande", "CaseClosed", "{}");
        Await.value("the closed case in the trail", () -> trail().status() == 200 ? entries() : null,
                e -> e != null && e.size() == OWN_EVENTS.size() + 1);
    }

    private static JsonNode call(String method, String path, String user, String causes, String json) {
        String correlationId = "sys-" + sentCorrelation.size() + "-" + causes.replace('#', '-');
        sentCorrelation.put(causes, correlationId);
        TestHttp.Response r = TestHttp.request(method, system.cases().baseUrl() + "/api/cases"
                + (path.isEmpty() ? "" : "/" + caseId + path)).as(user).header("X-Correlation-Id", correlationId)
                .json(json).send();
        assertThat(r.status()).as(method + " " + path + ": " + r.body()).isIn(200, 201);
        return r.body().isBlank() ? null : r.json();
    }

    private static JsonNode report(String name) {
        return TestHttp.get(system.reporting().baseUrl() + "/api/reports/" + name, "revisor").json();
    }

    private static TestHttp.Response trail() {
        return TestHttp.get(system.reporting().baseUrl() + "/api/audit/cases/" + caseId, "revisor");
    }

    private static JsonNode entries() {
        return trail().json().get("entries");
    }

    @Test
    @Order(1)
    void trailIsTheOrderedHistoryWithActorsAndOneCorrelationIdPerRequest() {
        JsonNode entries = entries();
        List<String> own = new ArrayList<>();
        String previous = "";
        long sequence = 0;
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, String> correlationByRequest = new LinkedHashMap<>();
        for (JsonNode e : entries) {
            assertThat(e.get("timestamp").asText()).isGreaterThanOrEqualTo(previous);
            previous = e.get("timestamp").asText();
            String type = e.get("eventType").asText();
            String request = type.equals("DecisionProposed") ? type + "#" + seen.merge(type, 1, Integer::sum) : type;
            if (type.equals("CaseNumberAssigned")) {
                // Taken by the registration request, in the same command and commit.
                request = "CaseRegistered";
                assertThat(e.get("data").get("caseNumber").asText()).isEqualTo(caseNumber);
            } else {
                own.add(type);
                assertThat(e.get("sequence").asLong()).isEqualTo(sequence++);
            }
            String correlationId = e.get("correlationId").asText();
            assertThat(correlationId).as(type).isNotBlank();
            assertThat(correlationByRequest.putIfAbsent(request, correlationId)).as(type).isIn(null, correlationId);
            assertThat(e.get("hash").asText()).hasSize(64);
        }
        assertThat(own).isEqualTo(OWN_EVENTS);
        assertThat(correlationByRequest.keySet()).containsExactlyElementsOf(sentCorrelation.keySet());
        assertThat(correlationByRequest.values()).doesNotHaveDuplicates();
        // Each event carries the X-Correlation-Id of the request that caused it.
        assertThat(correlationByRequest).containsExactlyEntriesOf(sentCorrelation);
        assertThat(actors(entries)).containsExactly("registrator", "registrator", "registrator", "handlaggare",
                "handlaggare", "handlaggare", "handlaggare", "handlaggare", "ordforande", "handlaggare",
                "ordforande", "ordforande");
        assertThat(TestHttp.get(system.reporting().baseUrl() + "/api/audit/cases/" + caseId, "lag").status())
                .isEqualTo(403);
        // Marked at registration: what case-service encrypted since reads [Skyddat] here (reporting holds no key),
        // and the auditor reads it in case-service's history.
        assertThat(trail().body()).contains("[Skyddat]").doesNotContain("enc:v1:", "Pumparna byts ut", "Byt pump");
        assertThat(TestHttp.get(system.cases().baseUrl() + "/api/cases/" + caseId + "/history", "revisor").body())
                .contains("Pumparna byts ut", "Byt pump");
    }

    private static List<String> actors(JsonNode entries) {
        List<String> actors = new ArrayList<>();
        entries.forEach(e -> actors.add(e.get("actor").asText()));
        return actors;
    }

    @Test
    @Order(2)
    void caseAsItStoodWhenProposedWhenReturnedAndNow() {
        Map<String, String> at = new LinkedHashMap<>();
        entries().forEach(e -> at.putIfAbsent(e.get("eventType").asText(), e.get("timestamp").asText()));
        assertThat(asOf(at.get("DecisionProposed")).get("state").get("step").asText()).isEqualTo("DECISION_PROPOSED");
        JsonNode returned = asOf(at.get("ProposalReturned"));
        assertThat(returned.get("state").get("step").asText()).isEqualTo("IN_PREPARATION");
        assertThat(returned.get("lastEventType").asText()).isEqualTo("ProposalReturned");
        assertThat(returned.get("state").get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(returned.get("state").get("secret").asBoolean()).isTrue();
        assertThat(asOf(at.get("CaseClosed")).get("eventsApplied").asInt()).isEqualTo(OWN_EVENTS.size());
    }

    private static JsonNode asOf(String instant) {
        return TestHttp.get(system.reporting().baseUrl() + "/api/audit/cases/" + caseId + "?asOf=" + instant, "revisor")
                .json();
    }

    @Test
    @Order(3)
    void theRealEventsStoredByCaseServiceVerifyAsIntact() {
        JsonNode report = TestHttp.get(system.reporting().baseUrl() + "/api/audit/verify", "revisor").json();
        assertThat(report.get("breaks")).as(report.toString()).isEmpty();
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("unverifiable").asLong()).isZero();
        assertThat(report.get("eventsChecked").asLong()).isGreaterThanOrEqualTo(OWN_EVENTS.size() + 1);
    }

    @Test
    @Order(4)
    void figuresCountTheCaseOnceInEveryStepItPassed() {
        JsonNode pipeline = report("pipeline");
        assertThat(delta(pipeline, pipelineBefore, "total")).isEqualTo(1);
        assertThat(delta(pipeline, pipelineBefore, "perStep", "CLOSED")).isEqualTo(1);
        assertThat(delta(pipeline, pipelineBefore, "perCaseType", "INCIDENT_FOLLOW_UP")).isEqualTo(1);
        Map<String, Integer> leadCounts = new LinkedHashMap<>();
        for (String step : List.of("RECEIVED", "REGISTERED", "IN_PREPARATION", "IN_CONSULTATION",
                "DECISION_PROPOSED", "DECIDED")) {
            leadCounts.put(step, delta(pipeline, pipelineBefore, "leadTimeHoursPerStep", step, "count"));
        }
        // Preparation and proposal twice: the chair sent the proposal back.
        assertThat(leadCounts).containsExactly(Map.entry("RECEIVED", 1), Map.entry("REGISTERED", 1),
                Map.entry("IN_PREPARATION", 2), Map.entry("IN_CONSULTATION", 1), Map.entry("DECISION_PROPOSED", 2),
                Map.entry("DECIDED", 1));
        assertThat(delta(pipeline, pipelineBefore, "consultationTurnaroundDaysPerBody", "PATIENT_SAFETY", "count"))
                .isEqualTo(1);
        JsonNode incidents = report("incidents");
        assertThat(List.of(delta(incidents, incidentsBefore, "total"),
                delta(incidents, incidentsBefore, "reportedToManufacturer"),
                delta(incidents, incidentsBefore, "reportedToMedicalProductsAgency"),
                delta(incidents, incidentsBefore, "reportedToIvo"),
                delta(incidents, incidentsBefore, "lexMariaAssessed"))).containsExactly(1, 1, 1, 0, 1);
    }

    private static int delta(JsonNode after, JsonNode before, String... path) {
        JsonNode a = after;
        JsonNode b = before;
        for (String p : path) {
            a = a.path(p);
            b = b.path(p);
        }
        return a.asInt() - b.asInt();
    }

    @Test
    @Order(5)
    void diariumWithholdsSenderAndSubjectOfTheSecretCase() {
        JsonNode entry = null;
        for (JsonNode e : TestHttp.get(system.reporting().baseUrl() + "/api/diarium", "lag").json().get("entries")) {
            if (caseNumber.equals(e.get("caseNumber").asText())) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("receivedOn").asText()).isEqualTo("2026-11-20");
        assertThat(entry.get("sender").asText()).isEqualTo("[Skyddat]");
        assertThat(entry.get("subject").asText()).isEqualTo("[Skyddat]");
    }

    @Test
    @Order(6)
    void replayFromTheTopicsRebuildsIdenticalReadModels() {
        String base = system.reporting().baseUrl();
        JsonNode before = TestHttp.get(base + "/api/audit/digests", "revisor").json();
        assertThat(TestHttp.post(base + "/api/audit/replay", "admin", "").status()).isEqualTo(202);
        JsonNode done = Await.value("the replay", () -> TestHttp.get(base + "/api/audit/replay", "admin").json(),
                s -> !s.get("state").asText().equals("RUNNING"));
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("digestsAfter")).isEqualTo(before);
        assertThat(TestHttp.get(base + "/api/audit/digests", "revisor").json()).isEqualTo(before);
        assertThat(entries().size()).isEqualTo(OWN_EVENTS.size() + 1);
        assertThat(TestHttp.get(base + "/api/audit/verify", "revisor").json().get("valid").asBoolean()).isTrue();
    }
}
