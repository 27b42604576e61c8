package se.rjh.mtp.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.common.Topics;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.TestHttp;

/** A case walked through all five steps to a decision over HTTP, with its history and its events on Kafka. */
class CaseProcessHttpTest {

    private static final CaseServiceUnderTest service = CaseServiceUnderTest.get();
    private static final TestHttp.Api http = service.http;

    @Test
    void incidentCaseGoesFromIntakeToDecisionAndIsClosed() {
        String id = service.newCase("INCIDENT_FOLLOW_UP", "Infusionspump larmar inte");
        String path = CaseServiceUnderTest.path(id);

        TestHttp.Response registered = service.register(id, "{\"classification\": \"Negativ händelse\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.json().get("caseNumber").asText()).matches("MTP/\\d+/2026");

        assertThat(http.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}").status())
                .isEqualTo(200);
        assertThat(http.post(path + "/notes", "handlaggare", "{\"text\": \"Ring leverantören på 063-14 75 00\"}")
                .status()).isEqualTo(201);
        assertThat(http.post(path + "/risk-assessment", "handlaggare", "{\"severity\": 4, \"probability\": 2}")
                .status()).isEqualTo(200);

        // Without incident details and consultation the proposal is refused with the list, and nothing changes.
        int before = http.get(path + "/history", "revisor").json().size();
        TestHttp.Response refused = http.post(path + "/proposal", "handlaggare",
                "{\"proposal\": \"Byt pump\", \"rationale\": \"Larmfel\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("currentStep").asText()).isEqualTo("IN_PREPARATION");
        assertThat(refused.json().get("missing").toString()).contains("incidentDetails", "consultations");
        assertThat(http.get(path + "/history", "revisor").json().size()).isEqualTo(before);

        assertThat(http.put(path + "/incident-details", "handlaggare", """
                {"eventDate": "2026-11-18",
                 "device": {"name": "Infusionspump", "manufacturer": "Acme", "model": "IP-200",
                            "deviceClass": "MDR_IIB", "marking": "CE_MARKED"},
                 "reportedToManufacturerOn": "2026-11-19", "reportedToMedicalProductsAgencyOn": "2026-11-19",
                 "lexMariaAssessed": true}
                """).status()).isEqualTo(200);
        TestHttp.Response consultation = http.post(path + "/consultations", "handlaggare",
                "{\"body\": \"PATIENT_SAFETY\", \"question\": \"Synpunkter?\", \"dueDate\": \"2026-12-11\"}");
        assertThat(consultation.status()).as(consultation.body()).isEqualTo(201);
        assertThat(consultation.json().get("step").asText()).isEqualTo("IN_CONSULTATION");
        String consultationId = consultation.json().get("consultationId").asText();
        assertThat(http.post(path + "/consultations/" + consultationId + "/answer", "handlaggare",
                "{\"answer\": \"Inga invändningar\"}").status()).isEqualTo(200);

        assertThat(http.post(path + "/proposal", "handlaggare",
                "{\"proposal\": \"Byt pump\", \"rationale\": \"Larmfel\"}").json().get("step").asText())
                .isEqualTo("DECISION_PROPOSED");
        assertThat(http.post(path + "/return", "ordforande", "{\"reason\": \"Komplettera riskbedömningen\"}")
                .json().get("step").asText()).isEqualTo("IN_PREPARATION");
        assertThat(http.post(path + "/proposal", "handlaggare",
                "{\"proposal\": \"Byt pump\", \"rationale\": \"Larmfel, risk 8\"}").status()).isEqualTo(200);
        TestHttp.Response decided = http.post(path + "/decision", "ordforande", """
                {"decision": "Pumparna byts ut", "decidedBy": "LSG",
                 "followUps": [{"kind": "GUIDELINE_REVISION", "description": "Revidera rutinen för infusion"}]}
                """);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        // Nothing here carries out the revision, so the chair closes with the follow-up open, saying why.
        assertThat(http.post(path + "/closure", "ordforande",
                "{\"openFollowUpsReason\": \"Revisionen följs i riktlinjearbetet\"}").json().get("step").asText())
                .isEqualTo("CLOSED");
        service.awaitListRow(id, "handlaggare", "CLOSED"); // the list follows the case to its outcome

        JsonNode details = http.get(path, "lag").json();
        assertThat(details.get("step").asText()).isEqualTo("CLOSED");
        assertThat(details.get("caseNumber").asText()).isEqualTo(registered.json().get("caseNumber").asText());
        assertThat(details.get("consultations").get(0).get("status").asText()).isEqualTo("ANSWERED");
        assertThat(details.get("decision").get("followUps").get(0).get("followUpId").asText()).isEqualTo("f1");

        JsonNode history = http.get(path + "/history", "revisor").json();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).get("sequence").asLong()).isEqualTo(i);
            assertThat(history.get(i).get("occurredAt").asText()).isNotBlank();
            types.add(history.get(i).get("type").asText());
        }
        assertThat(types).containsExactly("CaseReceived", "CaseRegistered", "PreparationStarted", "CaseNoteAdded",
                "RiskAssessed", "IncidentDetailsRecorded", "ConsultationRequested", "ConsultationAnswered",
                "DecisionProposed", "ProposalReturned", "DecisionProposed", "CaseDecided", "CaseClosed");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("registrator");
        assertThat(history.get(9).get("actor").asText()).isEqualTo("ordforande");
        assertThat(history.get(9).get("data").get("reason").asText()).isEqualTo("Komplettera riskbedömningen");

        assertThat(onKafka(id, CaseDecided.class)).isNotEmpty();
    }

    @Test
    void errorsFollowTheContract() {
        String path = "/api/cases/" + service.newCase("OTHER", "Felfall");
        TestHttp.Response wrongStep = http.post(path + "/proposal", "handlaggare",
                "{\"proposal\": \"x\", \"rationale\": \"y\"}");
        assertThat(wrongStep.status()).isEqualTo(409);
        assertThat(wrongStep.json().get("currentStep").asText()).isEqualTo("RECEIVED");
        assertThat(wrongStep.json().get("needed").asText()).isNotBlank();

        assertThat(http.post(path + "/registration", "handlaggare", "{\"classification\": \"x\"}").status())
                .isEqualTo(403);
        TestHttp.Response invalid = http.post(path + "/registration", "registrator", "{\"classification\": \"\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("field").asText()).isEqualTo("classification");
        TestHttp.Response unknown = http.post("/api/cases/no-such-case/registration", "registrator",
                "{\"classification\": \"x\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/cases/no-such-case", "revisor").status()).isEqualTo(404);
        assertThat(http.get("/api/cases/no-such-case/history", "revisor").status()).isEqualTo(404);

        assertThat(http.post(path + "/voiding", "registrator", "{\"reason\": \"Dubblett\"}").json().get("step").asText())
                .isEqualTo("VOIDED");
        assertThat(http.post(path + "/voiding", "ordforande", "{\"reason\": \"Igen\"}").status()).isEqualTo(409);
    }

    @Test
    void secretCaseShowsSenderAndSubjectOnlyToTheRegistrarAndPrivilegedRoles() {
        String id = service.newCase("PROCUREMENT_REVIEW", "Sårbarhet i larmsystem");
        assertThat(service.register(id,
                "{\"classification\": \"Säkerhet\", \"secrecy\": {\"provision\": \"OSL 18 kap. 8 §\"}}").status())
                .isEqualTo(200);

        JsonNode masked = http.get("/api/cases/" + id, "lag").json();
        assertThat(masked.get("subject").asText()).isEqualTo("[Skyddat]");
        assertThat(masked.get("submitter").get("name").asText()).isEqualTo("[Skyddat]");
        assertThat(masked.get("secrecy").get("markedBy").asText()).isEqualTo("registrator");
        assertThat(http.get("/api/cases/" + id + "/history", "lag").body()).doesNotContain("Sårbarhet", "Eva Ek");
        assertThat(http.get("/api/cases/" + id, "revisor").json().get("subject").asText())
                .isEqualTo("Sårbarhet i larmsystem");
        // Registering is the registrar's job: they read the registration data of a marked case.
        assertThat(http.get("/api/cases/" + id, "registrator").json().get("subject").asText())
                .isEqualTo("Sårbarhet i larmsystem");

        JsonNode row = service.awaitListRow(id, "lag", "REGISTERED", r -> r.get("secret").asBoolean());
        assertThat(row.get("subject").asText()).isEqualTo("[Skyddat]");
        assertThat(row.get("submitter").asText()).isEqualTo("[Skyddat]");
        assertThat(http.get("/api/cases?q=s%C3%A5rbarhet", "lag").body()).doesNotContain(id);
        assertThat(service.awaitListRow(id, "handlaggare", "REGISTERED").get("subject").asText())
                .isEqualTo("Sårbarhet i larmsystem");
        assertThat(http.get("/api/cases?q=s%C3%A5rbarhet&caseType=PROCUREMENT_REVIEW", "handlaggare").body())
                .contains(id);
    }

    /** The case's records of this event type on its topic, read with a plain consumer; waits for the first. */
    private static List<ConsumerRecord<String, byte[]>> onKafka(String caseId, Class<?> eventType) {
        return service.kafka.await(Topics.CASES, record -> caseId.equals(record.key())
                && eventType.getName().equals(KafkaTopics.header(record, KafkaTopics.MESSAGE_TYPE)),
                Duration.ofSeconds(30));
    }
}
