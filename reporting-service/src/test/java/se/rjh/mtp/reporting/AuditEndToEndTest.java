package se.rjh.mtp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * A case driven through all steps across the three topics, then read back as an auditor: the trail, the case at an
 * instant, a replay that must rebuild identical read models, and verification that notices tampering.
 */
@ExtendWith(TestSystemExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static TestSystem system;
    private static Scenario scenario;

    @BeforeAll
    static void publishScenario(TestSystem shared) {
        system = shared;
        scenario = new Scenario(new EventFactory(system.serializer), "e2e");
        system.publish(scenario.events);
        system.awaitApplied();
    }

    private static TestHttp.Response trail(String caseId) {
        return TestHttp.get(system.baseUrl() + "/api/audit/cases/" + caseId, "revisor");
    }

    @Test
    @Order(1)
    void trailHoldsTheCaseConsultationsAssignmentQuestionAndGuidelineInOrder() {
        JsonNode entries = trail(scenario.caseId).json().get("entries");
        List<String> types = new ArrayList<>();
        String previous = "";
        for (JsonNode e : entries) {
            types.add(e.get("eventType").asText());
            assertThat(e.get("timestamp").asText()).isGreaterThanOrEqualTo(previous);
            previous = e.get("timestamp").asText();
            assertThat(e.get("actor").asText()).isNotBlank();
            assertThat(e.get("correlationId").asText()).startsWith("corr-");
            assertThat(e.get("data").isObject()).isTrue();
        }
        // The diarienummer taken from the series is in the trail; the series' other numbers (the incident's) are not.
        assertThat(types).containsExactly("AssignmentIssued", "QuestionRaised", "CaseReceived", "CaseNumberAssigned",
                "CaseRegistered", "PreparationStarted", "ConsultationRequested", "ConsultationRequested",
                "ConsultationAnswered", "ProgressReported", "DecisionProposed", "CaseDecided",
                "GuidelineRevisionRequested", "VersionPublished");
        assertThat(entries.get(4).get("actor").asText()).isEqualTo("registrator");
        assertThat(entries.get(4).get("data").get("caseNumber").asText()).isEqualTo(Scenario.CASE_NUMBER);
        assertThat(TestHttp.get(system.baseUrl() + "/api/audit/cases/" + scenario.caseId, "lag").status()).isEqualTo(403);
        assertThat(trail("no-such-case").status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void trailExportsAsCsv() {
        TestHttp.Response csv = TestHttp.get(system.baseUrl() + "/api/audit/cases/" + scenario.caseId + "?format=csv",
                "revisor");
        TestHttp.Response byAccept = TestHttp.get(system.baseUrl() + "/api/audit/cases/" + scenario.caseId, "revisor",
                "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(byAccept.body()).isEqualTo(csv.body());
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(15);
        assertThat(lines[0]).startsWith("timestamp,service,aggregateType,aggregateId,sequence,eventType,actor");
        assertThat(lines[3]).contains(",CaseReceived,registrator,corr-" + scenario.caseId)
                .contains("\"{\"\"caseId\"\": \"\"" + scenario.caseId);
    }

    @Test
    @Order(3)
    void caseAsItStoodAtAnInstant() {
        JsonNode view = TestHttp.get(system.baseUrl() + "/api/audit/cases/" + scenario.caseId + "?asOf="
                + Scenario.after(Scenario.PREPARATION_STARTED), "revisor").json();
        assertThat(view.get("eventsApplied").asInt()).isEqualTo(3);
        assertThat(view.get("state").get("step").asText()).isEqualTo("IN_PREPARATION");
        assertThat(view.get("state").get("caseNumber").asText()).isEqualTo(Scenario.CASE_NUMBER);
        assertThat(view.get("lastEventType").asText()).isEqualTo("PreparationStarted");

        JsonNode later = TestHttp.get(system.baseUrl() + "/api/audit/cases/" + scenario.caseId + "?asOf="
                + Scenario.after(Scenario.DECIDED), "revisor").json();
        assertThat(later.get("state").get("step").asText()).isEqualTo("DECIDED");
        assertThat(TestHttp.get(system.baseUrl() + "/api/audit/cases/" + scenario.caseId + "?asOf="
                + Scenario.START.minusSeconds(1), "revisor").status()).isEqualTo(404);
        assertThat(TestHttp.get(system.baseUrl() + "/api/audit/cases/" + scenario.caseId + "?asOf=igår", "revisor")
                .status()).isEqualTo(400);
    }

    @Test
    @Order(4)
    void replayRebuildsIdenticalReadModelsWhileQueriesKeepAnswering() {
        JsonNode before = TestHttp.get(system.baseUrl() + "/api/audit/digests", "revisor").json();
        int generationBefore = system.context.getBean(Generations.class).active();
        assertThat(TestHttp.post(system.baseUrl() + "/api/audit/replay", "handlaggare").status()).isEqualTo(403);

        // The auditor starts it, to see for themselves that the read models follow from the events (issue 17).
        TestHttp.Response started = TestHttp.post(system.baseUrl() + "/api/audit/replay", "revisor");
        assertThat(started.status()).isEqualTo(202);
        assertThat(TestHttp.get(system.baseUrl() + "/api/reports/cases/" + scenario.caseId, "revisor").json()
                .get("step").asText()).isEqualTo("DECIDED");
        JsonNode done = Await.value("the replay", WAIT, () -> TestHttp.get(system.baseUrl() + "/api/audit/replay",
                "admin").json(), s -> !s.get("state").asText().equals("RUNNING"));

        assertThat(done.get("state").asText()).isEqualTo("DONE");
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("processedEvents").asLong()).isGreaterThanOrEqualTo(scenario.events.size());
        assertThat(done.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(done.get("digestsAfter")).isEqualTo(before);
        assertThat(TestHttp.get(system.baseUrl() + "/api/audit/digests", "revisor").json()).isEqualTo(before);
        assertThat(system.context.getBean(Generations.class).active()).isEqualTo(generationBefore + 1);
        assertThat(TestHttp.get(system.baseUrl() + "/api/reports/cases/" + scenario.caseId, "revisor").json()
                .get("subject").asText()).contains("Skenor");
    }

    @Test
    @Order(5)
    void verifyPassesUntilAStoredEventIsChangedOrRemoved() {
        JsonNode clean = TestHttp.get(system.baseUrl() + "/api/audit/verify", "revisor").json();
        assertThat(clean.get("valid").asBoolean()).as(clean.toString()).isTrue();
        assertThat(clean.get("eventsChecked").asLong()).isGreaterThanOrEqualTo(scenario.events.size());

        MongoCollection<Document> log = system.context.getBean(Generations.class).active(ReadModelWriter.AUDIT_LOG);
        String registered = scenario.events.get(Scenario.REGISTERED).getIdentifier();
        Document record = log.find(Filters.eq("_id", registered)).first();
        record.put("rawPayload", record.getString("rawPayload").replace("MTP/1/2026", "MTP/9/2026"));
        record.get("payload", Document.class).put("caseNumber", "MTP/9/2026");
        log.replaceOne(Filters.eq("_id", registered), record);
        log.deleteOne(Filters.eq("_id", scenario.events.get(Scenario.INCIDENT_REGISTERED).getIdentifier()));

        JsonNode tampered = TestHttp.get(system.baseUrl() + "/api/audit/verify", "admin").json();
        assertThat(tampered.get("valid").asBoolean()).isFalse();
        List<String> breaks = new ArrayList<>();
        tampered.get("breaks").forEach(b -> breaks.add(b.get("kind").asText() + "@" + b.get("aggregateId").asText()
                + "#" + b.get("sequence").asLong()));
        assertThat(breaks).contains("CHANGED@" + scenario.caseId + "#1", "REMOVED@" + scenario.incidentId + "#2");

        // Service by service: case-service's events are broken, from its first bad event; the others' are whole.
        JsonNode perService = TestHttp.get(system.baseUrl() + "/api/audit/verify/services", "revisor").json();
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        perService.get("services").forEach(s -> reports.put(s.get("service").asText(), s.get("report")));
        assertThat(reports).containsOnlyKeys("case-service", "group-service", "guideline-service");
        JsonNode cases = reports.get("case-service");
        assertThat(cases.get("valid").asBoolean()).isFalse();
        assertThat(cases.get("firstBreak")).isEqualTo(tampered.get("firstBreak"));
        assertThat(reports.get("group-service").get("valid").asBoolean()).as(reports.get("group-service").toString()).isTrue();
        assertThat(reports.get("group-service").get("firstBreak").isNull()).isTrue();
        assertThat(TestHttp.get(system.baseUrl() + "/api/audit/verify/services", "lag").status()).isEqualTo(403);
    }

    @Test
    @Order(6)
    void diariumListsRegisteredCasesAndWithholdsSecretDetails() {
        JsonNode incident = diariumEntry(Scenario.INCIDENT_NUMBER, "lag");
        assertThat(incident.get("receivedOn").asText()).isEqualTo("2026-02-27");
        assertThat(incident.get("sender").asText()).isEqualTo("[Skyddat]");
        assertThat(incident.get("subject").asText()).isEqualTo("[Skyddat]");
        assertThat(incident.get("secrecyMarked").asBoolean()).isTrue();

        // Roles that may read protected text (the auditor among them) see through the mask, as in case-service.
        JsonNode unmasked = diariumEntry(Scenario.INCIDENT_NUMBER, "revisor");
        assertThat(unmasked.get("subject").asText()).isEqualTo("Tillbud med infusionspump");
        assertThat(unmasked.get("sender").asText()).startsWith("Per Pål");
        JsonNode row = TestHttp.get(system.baseUrl() + "/api/reports/cases/" + scenario.incidentId, "lag").json();
        assertThat(List.of(row.get("subject").asText(), row.get("sender").asText())).containsOnly("[Skyddat]");
        assertThat(row.get("secret").asBoolean()).isTrue();
        assertThat(TestHttp.get(system.baseUrl() + "/api/reports/cases/" + scenario.incidentId, "revisor").json()
                .get("subject").asText()).isEqualTo("Tillbud med infusionspump");
    }

    private static JsonNode diariumEntry(String caseNumber, String reader) {
        List<JsonNode> found = new ArrayList<>();
        TestHttp.get(system.baseUrl() + "/api/diarium", reader).json().get("entries").forEach(e -> {
            if (caseNumber.equals(e.get("caseNumber").asText())) {
                found.add(e);
            }
        });
        assertThat(found).as("diarium entries numbered " + caseNumber).hasSize(1);
        return found.get(0);
    }

    @Test
    @Order(7)
    void dashboardsAreJsonAndPrometheusGauges() {
        JsonNode incidents = TestHttp.get(system.baseUrl() + "/api/reports/incidents", "lag").json();
        assertThat(incidents.get("reportedToMedicalProductsAgency").asLong()).isPositive();
        JsonNode groups = TestHttp.get(system.baseUrl() + "/api/reports/working-groups", "lag").json();
        assertThat(groups.get("latestReportStatusCounts").get("RED").asInt()).isPositive();
        assertThat(TestHttp.get(system.baseUrl() + "/api/reports/guidelines", "lag").json().get("published").asLong())
                .isPositive();
        String prometheus = TestHttp.get(system.baseUrl() + "/actuator/prometheus", "revisor").body();
        assertThat(prometheus).contains("mtp_reporting_cases{", "mtp_reporting_incidents{",
                "mtp_reporting_guidelines_reviews_due{", "mtp_reporting_assignments_overdue");
    }

    @Test
    @Order(8)
    void anchorsServeEachAggregatesLastEventPerWritingService() {
        JsonNode anchors = TestHttp.get(system.baseUrl() + "/api/audit/anchors?service=case-service", "revisor").json();
        assertThat(anchors.get("service").asText()).isEqualTo("case-service");
        JsonNode head = anchors.get("heads").get(scenario.caseId);
        assertThat(head.get("sequence").asLong()).isEqualTo(scenario.events.get(Scenario.DECIDED).getSequenceNumber());
        assertThat(head.get("eventId").asText()).isEqualTo(scenario.events.get(Scenario.DECIDED).getIdentifier());
        assertThat(anchors.get("heads").has(scenario.assignmentId)).isFalse();
        assertThat(TestHttp.get(system.baseUrl() + "/api/audit/anchors?service=group-service", "admin").json()
                .get("heads").has(scenario.assignmentId)).isTrue();

        TestHttp.Response unknown = TestHttp.get(system.baseUrl() + "/api/audit/anchors?service=x", "revisor");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asText()).isEqualTo("service");
        assertThat(TestHttp.get(system.baseUrl() + "/api/audit/anchors", "revisor").status()).isEqualTo(400);
        assertThat(TestHttp.get(system.baseUrl() + "/api/audit/anchors?service=case-service", "lag").status())
                .isEqualTo(403);
    }

    @Test
    @Order(9)
    void theLiveConsumerWritesEachBatchBeforeItStoresItsToken() {
        EventProcessingConfiguration processing = system.context.getBean(EventProcessingConfiguration.class);
        // The token is stored while the batch's unit of work prepares to commit (no transaction manager: nothing is
        // stored before processing); the consumer's own token store writes the batch first.
        assertThat(processing.transactionManager("case-pipeline")).isInstanceOf(NoTransactionManager.class);
        assertThat(processing.tokenStore("case-pipeline").getClass().getSimpleName()).isEqualTo("FlushingTokenStore");
    }
}
