package se.rjh.mtp.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The corrections of issue 15 over HTTP: each endpoint with its roles, a refused input answered 400 naming the field
 * and recording nothing, the corrected values in the case view, and each correction in the history with actor, time
 * and reason.
 */
class CaseCorrectionHttpTest {

    private static final CaseServiceUnderTest service = CaseServiceUnderTest.get();
    private static final TestHttp.Api http = service.http;

    @Test
    void registrationDataAndSecrecyMarkingAreCorrectedWithAReason() {
        String id = service.newCase("PROCUREMENT_REVIEW", "Felstavad rubirk");
        String path = CaseServiceUnderTest.path(id);
        String number = service.register(id, "{\"classification\": \"Upphandlnig\"}")
                .json().get("caseNumber").asText();

        String correction = """
                {"subject": "Upphandling av larmsystem", "classification": "Upphandling",
                 "submitter": {"name": "Eva Ek-Berg", "unit": "IVA Östersund"},
                 "reason": "Felstavat vid registreringen"}
                """;
        assertThat(http.post(path + "/registration/correction", "handlaggare", correction).status()).isEqualTo(403);
        assertThat(http.post(path + "/registration/correction", "lag", correction).status()).isEqualTo(403);
        refused(path, "/registration/correction", "registrator", "{\"subject\": \"Ny\"}", "reason");
        refused(path, "/registration/correction", "registrator", "{\"reason\": \"Fel\"}", "correction");
        refused(path, "/registration/correction", "registrator",
                "{\"submitter\": {\"name\": \" \"}, \"reason\": \"Fel\"}", "submitter.name");
        assertThat(http.post(path + "/registration/correction", "registrator", correction).status()).isEqualTo(200);
        assertThat(http.post(path + "/registration/correction", "ordforande",
                "{\"description\": \"Ny beskrivning\", \"reason\": \"Komplettering\"}").status()).isEqualTo(200);

        JsonNode corrected = http.get(path, "revisor").json();
        assertThat(corrected.get("caseNumber").asText()).isEqualTo(number);
        assertThat(corrected.get("subject").asText()).isEqualTo("Upphandling av larmsystem");
        assertThat(corrected.get("description").asText()).isEqualTo("Ny beskrivning");
        assertThat(corrected.get("classification").asText()).isEqualTo("Upphandling");
        assertThat(corrected.get("submitter").get("name").asText()).isEqualTo("Eva Ek-Berg");
        JsonNode correctionEntry = last(path, "RegistrationCorrected", 1);
        assertThat(correctionEntry.get("actor").asText()).isEqualTo("registrator");
        assertThat(correctionEntry.get("occurredAt").asText()).isNotBlank();
        assertThat(correctionEntry.get("data").get("reason").asText()).isEqualTo("Felstavat vid registreringen");
        assertThat(correctionEntry.get("data").get("caseNumber").asText()).isEqualTo(number);

        // Marking: the registrar and the chair on any case, a case officer only on their own.
        String marking = "{\"provision\": \"OSL 19 kap. 3 §\", \"reason\": \"Affärshemligheter i anbuden\"}";
        assertThat(http.put(path + "/secrecy", "handlaggare", marking).status()).isEqualTo(403);
        assertThat(http.put(path + "/secrecy", "lag", marking).status()).isEqualTo(403);
        refused(path, "/secrecy", "registrator", "{\"provision\": \"OSL 19 kap. 3 §\"}", "reason");
        refused(path, "/secrecy", "registrator",
                "{\"provision\": \"OSL 19 kap. 3 §\", \"markedOn\": \"2099-01-01\", \"reason\": \"x\"}", "markedOn");
        assertThat(http.put(path + "/secrecy", "registrator", marking).status()).isEqualTo(200);
        JsonNode masked = http.get(path, "lag").json();
        assertThat(masked.get("secret").asBoolean()).isTrue();
        assertThat(masked.get("subject").asText()).isEqualTo("[Skyddat]");
        assertThat(masked.get("secrecy").get("markedBy").asText()).isEqualTo("registrator");
        assertThat(http.get(path + "/history", "lag").body())
                .doesNotContain("Felstavad", "Upphandling av larmsystem", "Eva Ek", "Ny beskrivning");
        assertThat(last(path, "SecrecyMarkingChanged", 0).get("data").get("reason").asText())
                .isEqualTo("Affärshemligheter i anbuden");
        assertThat(service.awaitListRow(id, "lag", "REGISTERED", row -> row.get("secret").asBoolean())
                .get("subject").asText()).isEqualTo("[Skyddat]");

        assertThat(http.post(path + "/secrecy/lifting", "lag", "{\"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(http.post(path + "/secrecy/lifting", "ordforande", "{\"reason\": \"Upphandlingen är avslutad\"}")
                .status()).isEqualTo(200);
        assertThat(http.get(path, "lag").json().get("subject").asText()).isEqualTo("Upphandling av larmsystem");
        TestHttp.Response again = http.post(path + "/secrecy/lifting", "ordforande", "{\"reason\": \"Igen\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(service.awaitListRow(id, "lag", "REGISTERED", row -> !row.get("secret").asBoolean())
                .get("subject").asText()).isEqualTo("Upphandling av larmsystem");
    }

    @Test
    void caseOfficerConsultationsAndReopeningAreCorrectedByTheRightPeople() {
        String id = service.caseInPreparation("OTHER", "Överlämning", "Övrigt", "handlaggare");
        String path = "/api/cases/" + id;
        String first = consultation(path);
        String second = consultation(path);
        LocalDate today = LocalDate.now(service.clock);
        String consultations = path + "/consultations/";

        String later = "{\"dueDate\": \"" + today.plusDays(40) + "\", \"reason\": \"Anstånd begärt\"}";
        assertThat(http.post(consultations + first + "/due-date", "registrator", later).status()).isEqualTo(403);
        refused(path, "/consultations/" + first + "/due-date", "handlaggare", "{\"reason\": \"x\"}", "dueDate");
        refused(path, "/consultations/" + first + "/due-date", "handlaggare",
                "{\"dueDate\": \"" + today.minusDays(1) + "\", \"reason\": \"x\"}", "dueDate");
        assertThat(http.post(consultations + first + "/due-date", "handlaggare", later).status()).isEqualTo(200);
        assertThat(http.post(consultations + "no-such/withdrawal", "handlaggare", "{\"reason\": \"x\"}").status())
                .isEqualTo(404);
        refused(path, "/consultations/" + first + "/withdrawal", "handlaggare", "{}", "reason");
        assertThat(http.post(consultations + first + "/withdrawal", "handlaggare",
                "{\"reason\": \"Frågan besvarades på mötet\"}").status()).isEqualTo(200);

        // The current case officer hands over; afterwards only the new one, or the chair, acts on the case.
        String handOver = "{\"caseOfficer\": \"anna\", \"reason\": \"Föräldraledighet\"}";
        assertThat(http.post(path + "/case-officer", "registrator", handOver).status()).isEqualTo(403);
        refused(path, "/case-officer", "handlaggare", "{\"caseOfficer\": \"anna\"}", "reason");
        refused(path, "/case-officer", "handlaggare", "{\"caseOfficer\": \"handlaggare\", \"reason\": \"x\"}",
                "caseOfficer");
        assertThat(http.post(path + "/case-officer", "handlaggare", handOver).status()).isEqualTo(200);
        TestHttp.Response notTheirs = http.post(consultations + second + "/withdrawal", "handlaggare",
                "{\"reason\": \"x\"}");
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.contentType()).startsWith("application/problem+json");
        assertThat(http.post(consultations + second + "/withdrawal", "ordforande",
                "{\"reason\": \"Inte längre aktuell\"}").status()).isEqualTo(200);

        JsonNode details = http.get(path, "revisor").json();
        assertThat(details.get("caseOfficer").asText()).isEqualTo("anna");
        assertThat(details.get("consultations").get(0).get("dueDate").asText())
                .isEqualTo(today.plusDays(40).toString());
        assertThat(details.get("consultations").get(0).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(details.get("consultations").get(0).get("waiverReason").asText())
                .isEqualTo("Frågan besvarades på mötet");
        assertThat(service.awaitListRow(id, "handlaggare", "IN_CONSULTATION", row -> row.path("caseOfficer").asText()
                .equals("anna")).get("caseOfficer").asText()).isEqualTo("anna");

        // Withdrawn requests block no proposal; then decided, closed and reopened by the chair.
        assertThat(http.post(path + "/proposal", "handlaggare", """
                {"proposal": "Inget att åtgärda", "rationale": "Utrett",
                 "noConsultationReason": "Frågorna föll bort"}
                """).status()).isEqualTo(200);
        http.post(path + "/decision", "ordforande", "{\"decision\": \"Inget att åtgärda\", \"decidedBy\": \"LSG\"}");
        http.post(path + "/closure", "ordforande", "{}");
        assertThat(http.post(path + "/reopening", "handlaggare", "{\"reason\": \"x\"}").status()).isEqualTo(403);
        refused(path, "/reopening", "ordforande", "{\"reason\": \" \"}", "reason");
        TestHttp.Response reopened = http.post(path + "/reopening", "ordforande",
                "{\"reason\": \"Ny information från tillverkaren\"}");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("step").asText()).isEqualTo("IN_PREPARATION");
        assertThat(http.post(path + "/reopening", "ordforande", "{\"reason\": \"Igen\"}").status()).isEqualTo(409);
        JsonNode afterReopening = http.get(path, "revisor").json();
        assertThat(afterReopening.get("step").asText()).isEqualTo("IN_PREPARATION");
        assertThat(afterReopening.has("closure")).isFalse();

        JsonNode history = http.get(path + "/history", "revisor").json();
        List<String> corrections = new ArrayList<>();
        for (JsonNode entry : history) {
            if (entry.get("data").has("reason") && !entry.get("type").asText().equals("CaseReceived")) {
                corrections.add(entry.get("type").asText() + " by " + entry.get("actor").asText() + ": "
                        + entry.get("data").get("reason").asText());
            }
        }
        assertThat(corrections).containsExactly(
                "ConsultationDueDateChanged by handlaggare: Anstånd begärt",
                "ConsultationWithdrawn by handlaggare: Frågan besvarades på mötet",
                "CaseOfficerReassigned by handlaggare: Föräldraledighet",
                "ConsultationWithdrawn by ordforande: Inte längre aktuell",
                "CaseReopened by ordforande: Ny information från tillverkaren");
    }

    @Test
    void anIncidentFoundNotReportableReachesAProposal() {
        TestHttp.Response created = http.post("/api/cases", "registrator", """
                {"subject": "Fallskydd lossnade", "caseType": "INCIDENT_FOLLOW_UP", "channel": "EMAIL",
                 "submitter": {"name": "Eva Ek"}}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/cases/" + created.json().get("id").asText();
        assertThat(http.get(path, "revisor").json().get("receivedOn").asText())
                .isEqualTo(LocalDate.now(service.clock).toString());
        http.post(path + "/registration", "registrator", "{\"classification\": \"Negativ händelse\"}");
        http.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}");

        String device = """
                "device": {"name": "Säng", "manufacturer": "Acme", "model": "S-1", "deviceClass": "MDR_I",
                           "marking": "CE_MARKED"}""";
        String beforeTheEvent = "{\"eventDate\": \"2026-11-18\", " + device
                + ", \"reportedToManufacturerOn\": \"2026-11-17\", \"lexMariaAssessed\": true}";
        int before = http.get(path + "/history", "revisor").json().size();
        TestHttp.Response early = http.put(path + "/incident-details", "handlaggare", beforeTheEvent);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().get("field").asText()).isEqualTo("reportedToManufacturerOn");
        assertThat(http.get(path + "/history", "revisor").json().size()).isEqualTo(before);

        assertThat(http.put(path + "/incident-details", "handlaggare",
                "{\"eventDate\": \"2026-11-18\", " + device + ", \"lexMariaAssessed\": true}").status()).isEqualTo(200);
        String proposal = "{\"proposal\": \"Ingen åtgärd\", \"rationale\": \"Utrett\", "
                + "\"noConsultationReason\": \"Internt\"}";
        TestHttp.Response incomplete = http.post(path + "/proposal", "handlaggare", proposal);
        assertThat(incomplete.status()).isEqualTo(409);
        assertThat(incomplete.json().get("missing").toString()).contains("reportedToManufacturerOn");

        String justification = "{\"reason\": \"Ingen patient berördes; felet upptäcktes vid kontroll\"}";
        assertThat(http.post(path + "/incident-details/not-reportable", "registrator", justification).status())
                .isEqualTo(403);
        refused(path, "/incident-details/not-reportable", "handlaggare", "{}", "reason");
        assertThat(http.post(path + "/incident-details/not-reportable", "handlaggare", justification).status())
                .isEqualTo(200);
        assertThat(http.get(path, "revisor").json().get("incidentDetails").get("notReportableReason").asText())
                .isEqualTo("Ingen patient berördes; felet upptäcktes vid kontroll");
        assertThat(http.post(path + "/proposal", "handlaggare", proposal).json().get("step").asText())
                .isEqualTo("DECISION_PROPOSED");

        String other = "/api/cases/" + service.caseInPreparation("OTHER", "Inte en händelse", "Övrigt", "handlaggare");
        assertThat(http.post(other + "/incident-details/not-reportable", "handlaggare", justification).status())
                .isEqualTo(409);
    }

    /** A bad input: 400 problem+json naming the field, and the case's history unchanged. */
    private static void refused(String path, String endpoint, String user, String body, String field) {
        int before = http.get(path + "/history", "revisor").json().size();
        TestHttp.Response response = endpoint.equals("/secrecy")
                ? http.put(path + endpoint, user, body)
                : http.post(path + endpoint, user, body);
        assertThat(response.status()).as(endpoint + " " + body + ": " + response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asText()).as(response.body()).isEqualTo(field);
        assertThat(http.get(path + "/history", "revisor").json().size()).isEqualTo(before);
    }

    private static String consultation(String path) {
        TestHttp.Response created = http.post(path + "/consultations", "handlaggare", """
                {"body": "PATIENT_SAFETY", "question": "Synpunkter?", "dueDate": "%s"}
                """.formatted(LocalDate.now(service.clock).plusDays(14)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("consultationId").asText();
    }

    /** The entry of this type {@code fromEnd} places before the latest one (0: the latest), as the auditor reads it. */
    private static JsonNode last(String path, String type, int fromEnd) {
        List<JsonNode> matching = new ArrayList<>();
        http.get(path + "/history", "revisor").json().forEach(e -> {
            if (e.get("type").asText().equals(type)) {
                matching.add(e);
            }
        });
        assertThat(matching).as(type + " in the history").isNotEmpty();
        return matching.get(matching.size() - 1 - fromEnd);
    }
}
