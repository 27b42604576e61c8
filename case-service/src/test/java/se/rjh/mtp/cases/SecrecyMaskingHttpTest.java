package se.rjh.mtp.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.cases.CaseServiceUnderTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * A secrecy-marked case with every kind of free text filled in, read through EVERY GET endpoint of case-service (taken
 * from its OpenAPI document, so a new endpoint is covered without touching this test): a LAG member sees no text of
 * it, the registrar the registration data but no preparation text, the case officer everything in clear.
 */
class SecrecyMaskingHttpTest {

    private static final CaseServiceUnderTest service = CaseServiceUnderTest.get();
    private static final TestHttp.Api http = service.http;

    /** Registration data: the registrar reads it, a LAG member does not. */
    private static final List<String> REGISTRATION = List.of("Hemlig upphandling RA", "Beskrivning RB", "Sven RC",
            "Enhet RD", "re@example.se", "Felstavat RF", "Ny beskrivning RG", "Anbud RH");
    /** Preparation texts: only case officer, chair, auditor and admin read them. */
    private static final List<String> PREPARATION = List.of("Anteckning PA", "Dokument PB.pdf", "Risk PC",
            "Fråga PD", "Svar PE", "Förslag PF", "Motiv PG", "Retur PH", "Beslut PI", "Uppföljning PJ",
            "Avslut PK", "Avstår PL", "Utfall PM");

    @Test
    void everyGetEndpointMasksAMarkedCaseByRole() {
        String id = markedCaseWithEveryText();
        String caseNumber = http.get("/api/cases/" + id, "handlaggare").json().get("caseNumber").asText();
        List<String> endpoints = getEndpoints(id, caseNumber);
        assertThat(endpoints).contains("/api/cases/" + id, "/api/cases/" + id + "/history");

        // The list shows the case once registered, a moment before its marking: wait for the case's last event.
        service.awaitListRow(id, "handlaggare", "CLOSED");
        int showingTheCase = 0;
        for (String endpoint : endpoints) {
            // The list follows the events; wait until it shows the case to the case officer.
            String clear = Await.value(endpoint + " shows the case", Duration.ofSeconds(20),
                    () -> http.get(endpoint, "handlaggare"), r -> r.status() != 200 || r.body().contains(id)).body();
            if (!clear.contains(id)) {
                continue; // an endpoint that does not show this case has nothing of it to mask
            }
            showingTheCase++;
            assertThat(clear).as(endpoint + " for the case officer").contains(REGISTRATION.get(0))
                    .doesNotContain("[Skyddat]");
            assertThat(http.get(endpoint, "revisor").body()).as(endpoint + " for the auditor")
                    .doesNotContain("[Skyddat]");

            String lag = http.get(endpoint, "lag").body();
            assertThat(lag).as(endpoint + " for a LAG member").contains(id, "[Skyddat]");
            assertThat(REGISTRATION).allSatisfy(t -> assertThat(lag).as(endpoint + " for a LAG member")
                    .doesNotContain(t));
            assertThat(PREPARATION).allSatisfy(t -> assertThat(lag).as(endpoint + " for a LAG member")
                    .doesNotContain(t));

            String registrar = http.get(endpoint, "registrator").body();
            assertThat(registrar).as(endpoint + " for the registrar").contains(REGISTRATION.get(0));
            assertThat(PREPARATION).allSatisfy(t -> assertThat(registrar).as(endpoint + " for the registrar")
                    .doesNotContain(t));
        }
        assertThat(showingTheCase).as("endpoints showing the case").isGreaterThanOrEqualTo(3);

        // Field by field in the case view: the LAG member's text fields are all masked, the registrar's preparation.
        JsonNode lag = http.get("/api/cases/" + id, "lag").json();
        assertThat(texts(lag)).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo("[Skyddat]"));
        JsonNode registrar = http.get("/api/cases/" + id, "registrator").json();
        assertThat(registrar.get("subject").asText()).isEqualTo(REGISTRATION.get(0));
        assertThat(registrar.get("description").asText()).isEqualTo("Ny beskrivning RG");
        assertThat(registrar.get("submitter").get("email").asText()).isEqualTo("re@example.se");
        assertThat(registrar.get("notes").get(0).get("text").asText()).isEqualTo("[Skyddat]");
        assertThat(registrar.get("decision").get("followUps").get(0).get("description").asText())
                .isEqualTo("[Skyddat]");
        assertThat(registrar.get("consultations").get(0).get("answer").asText()).isEqualTo("[Skyddat]");
        JsonNode officer = http.get("/api/cases/" + id, "handlaggare").json();
        assertThat(officer.get("notes").get(0).get("text").asText()).isEqualTo("Anteckning PA");
        assertThat(officer.get("closure").get("note").asText()).isEqualTo("Avslut PK");
    }

    /** Every text value of the case view that a LAG member could read about the case, ids and codes aside. */
    private static List<String> texts(JsonNode view) {
        List<String> texts = new ArrayList<>();
        for (String field : List.of("subject", "description")) {
            texts.add(view.get(field).asText());
        }
        view.get("submitter").forEach(v -> texts.add(v.asText()));
        view.get("notes").forEach(n -> texts.add(n.get("text").asText()));
        view.get("documents").forEach(d -> texts.add(d.get("name").asText()));
        view.get("consultations").forEach(c -> {
            texts.add(c.get("question").asText());
            if (c.has("answer")) {
                texts.add(c.get("answer").asText());
            }
            if (c.has("waiverReason")) {
                texts.add(c.get("waiverReason").asText());
            }
        });
        texts.add(view.get("riskAssessment").get("comment").asText());
        texts.add(view.get("lastReturn").get("reason").asText());
        texts.add(view.get("decision").get("decision").asText());
        view.get("decision").get("followUps").forEach(f -> texts.add(f.get("description").asText()));
        texts.add(view.get("closure").get("note").asText());
        return texts;
    }

    /**
     * The URL of every GET operation in the OpenAPI document, with {@code {id}} as this case and the list's free text
     * as its diarienummer; a path or required parameter this test has no value for fails it, so it gets one.
     */
    private static List<String> getEndpoints(String id, String caseNumber) {
        Map<String, String> values = Map.of("id", id, "q", caseNumber, "size", "200");
        JsonNode docs = http.get("/v3/api-docs", "revisor").json();
        List<String> urls = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            StringBuilder query = new StringBuilder();
            for (JsonNode parameter : get.path("parameters")) {
                String name = parameter.get("name").asText();
                if (!parameter.get("in").asText().equals("query")) {
                    continue;
                }
                if (values.containsKey(name)) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                            .append(URLEncoder.encode(values.get(name), StandardCharsets.UTF_8));
                } else {
                    assertThat(parameter.path("required").asBoolean()).as("a value for required " + name).isFalse();
                }
            }
            Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            StringBuilder url = new StringBuilder();
            while (variable.find()) {
                assertThat(values).as("a value for path variable " + variable.group(1) + " of " + path.getKey())
                        .containsKey(variable.group(1));
                variable.appendReplacement(url, values.get(variable.group(1)));
            }
            variable.appendTail(url);
            urls.add(url + query.toString());
        }
        return urls;
    }

    /** A marked case walked to closing, with text in every protected field it can have. */
    private static String markedCaseWithEveryText() {
        TestHttp.Response created = http.post("/api/cases", "registrator", """
                {"subject": "Hemlig upphandling RA", "description": "Beskrivning RB", "caseType": "PROCUREMENT_REVIEW",
                 "channel": "EMAIL", "submitter": {"name": "Sven RC", "unit": "Enhet RD", "email": "re@example.se"},
                 "receivedOn": "2026-11-20"}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String path = "/api/cases/" + id;
        ok(http.post(path + "/registration", "registrator", "{\"classification\": \"Upphandling\"}"));
        ok(http.put(path + "/secrecy", "registrator",
                "{\"provision\": \"OSL 19 kap. 3 §\", \"reason\": \"Anbud RH\"}"));
        ok(http.post(path + "/registration/correction", "registrator",
                "{\"description\": \"Ny beskrivning RG\", \"reason\": \"Felstavat RF\"}"));
        ok(http.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}"));
        ok(http.post(path + "/notes", "handlaggare", "{\"text\": \"Anteckning PA\"}"));
        ok(http.post(path + "/documents", "handlaggare",
                "{\"name\": \"Dokument PB.pdf\", \"checksum\": \"sha256:ab\", \"sizeBytes\": 10}"));
        ok(http.post(path + "/risk-assessment", "handlaggare",
                "{\"severity\": 2, \"probability\": 2, \"comment\": \"Risk PC\"}"));
        TestHttp.Response consultation = http.post(path + "/consultations", "handlaggare",
                "{\"body\": \"PROCUREMENT\", \"question\": \"Fråga PD\", \"dueDate\": \"2026-12-11\"}");
        ok(consultation);
        String consultations = path + "/consultations/";
        ok(http.post(consultations + consultation.json().get("consultationId").asText() + "/answer", "handlaggare",
                "{\"answer\": \"Svar PE\"}"));
        TestHttp.Response second = http.post(path + "/consultations", "handlaggare",
                "{\"body\": \"SAFETY_COUNCIL\", \"question\": \"Fråga PD igen\", \"dueDate\": \"2026-12-11\"}");
        ok(second);
        ok(http.post(consultations + second.json().get("consultationId").asText() + "/waiver", "handlaggare",
                "{\"reason\": \"Avstår PL\"}"));
        ok(http.post(path + "/proposal", "handlaggare", "{\"proposal\": \"Förslag PF\", \"rationale\": \"Motiv PG\"}"));
        ok(http.post(path + "/return", "ordforande", "{\"reason\": \"Retur PH\"}"));
        ok(http.post(path + "/proposal", "handlaggare", "{\"proposal\": \"Förslag PF\", \"rationale\": \"Motiv PG\"}"));
        ok(http.post(path + "/decision", "ordforande", """
                {"decision": "Beslut PI", "decidedBy": "LSG",
                 "followUps": [{"kind": "OTHER", "description": "Uppföljning PJ"}]}
                """));
        ok(http.post(path + "/follow-ups/f1/outcome", "handlaggare",
                "{\"outcome\": \"NOT_POSSIBLE\", \"reason\": \"Utfall PM\"}"));
        ok(http.post(path + "/closure", "ordforande", "{\"note\": \"Avslut PK\"}"));
        return id;
    }
}
