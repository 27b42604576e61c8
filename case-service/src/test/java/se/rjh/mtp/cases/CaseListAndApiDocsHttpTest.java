package se.rjh.mtp.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/** The case list's filtering and paging, done by the query in MongoDB, and the OpenAPI document's typed answers. */
class CaseListAndApiDocsHttpTest {

    private static final TestHttp.Api http = CaseServiceUnderTest.get().http;

    @Test
    void freeTextMatchesAnyCaseOfLettersAndPagesNewestFirst() {
        String token = "Åtgärdslista " + UUID.randomUUID().toString().substring(0, 8);
        String oldest = receive(token + " ett", "2026-11-18");
        String newest = receive(token + " tre", "2026-11-20");
        String middle = receive(token + " två", "2026-11-19");
        String query = "/api/cases?q=" + URLEncoder.encode(token.toLowerCase(), StandardCharsets.UTF_8);
        awaitTotal(query + "&size=2", "handlaggare", 3);

        JsonNode first = http.get(query + "&size=2&page=0", "handlaggare").json();
        JsonNode second = http.get(query + "&size=2&page=1", "handlaggare").json();
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(ids(first)).containsExactly(newest, middle);
        assertThat(ids(second)).containsExactly(oldest);
        assertThat(first.get("items").get(0).get("receivedOn").asText()).isEqualTo("2026-11-20");
        assertThat(first.get("items").get(0).get("step").asText()).isEqualTo("RECEIVED");
        assertThat(http.get(query + "&step=REGISTERED", "handlaggare").json().get("total").asLong()).isZero();
        assertThat(http.get(query + "&caseType=OTHER", "handlaggare").json().get("total").asLong()).isEqualTo(3);
        assertThat(http.get(query + "&caseType=INTRODUCTION", "handlaggare").json().get("total").asLong()).isZero();
        // Sorted oldest first: the same matches the other way round, and the sort kept across pages.
        assertThat(ids(http.get(query + "&size=2&page=0&sort=receivedOn,asc", "handlaggare").json()))
                .containsExactly(oldest, middle);
        assertThat(ids(http.get(query + "&size=2&page=1&sort=receivedOn,asc", "handlaggare").json()))
                .containsExactly(newest);
        TestHttp.Response badSort = http.get(query + "&sort=subject,asc", "handlaggare");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.body()).contains("sort", "receivedOn,desc or receivedOn,asc");
        assertThat(http.get("/api/cases?size=201", "handlaggare").status()).isEqualTo(400);
        assertThat(http.get("/api/cases?page=-1", "handlaggare").status()).isEqualTo(400);
    }

    @Test
    void aMarkedCaseIsFoundByItsMaskNotByItsSubjectWithoutAccess() {
        String token = "Hemlig " + UUID.randomUUID().toString().substring(0, 8);
        String id = receive(token, "2026-11-20");
        assertThat(http.post("/api/cases/" + id + "/registration", "registrator",
                "{\"classification\": \"Säkerhet\", \"secrecy\": {\"provision\": \"OSL 18 kap. 8 §\"}}").status())
                .isEqualTo(200);
        String bySubject = "/api/cases?step=REGISTERED&size=200&q=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        awaitTotal(bySubject, "handlaggare", 1);

        assertThat(http.get(bySubject, "lag").json().get("total").asLong()).isZero();
        assertThat(ids(http.get("/api/cases?step=REGISTERED&size=200&q=skyddat", "lag").json())).contains(id);
        assertThat(ids(http.get("/api/cases?step=REGISTERED&size=200&q=skyddat", "handlaggare").json()))
                .doesNotContain(id);
    }

    @Test
    void timesAndDatesAreIsoStringsAndUnsetSectionsAreLeftOut() {
        String id = receive("Datumformat", "2026-11-20");
        JsonNode details = http.get("/api/cases/" + id, "handlaggare").json();
        assertThat(Instant.parse(details.get("lastChangedAt").asText())).isNotNull();
        assertThat(details.get("receivedOn").asText()).isEqualTo("2026-11-20");
        assertThat(details.has("caseNumber")).isTrue();
        assertThat(details.get("caseNumber").isNull()).isTrue();
        assertThat(details.has("description")).isTrue();
        assertThat(details.has("proposal")).isFalse();
        assertThat(details.has("inHouseConditions")).isFalse();
        assertThat(details.has("classification")).isFalse();
        JsonNode received = http.get("/api/cases/" + id + "/history", "revisor").json().get(0);
        assertThat(Instant.parse(received.get("occurredAt").asText())).isNotNull();
        assertThat(received.get("data").get("receivedOn").asText()).isEqualTo("2026-11-20");
        assertThat(received.get("data").get("subject").asText()).isEqualTo("Datumformat");
    }

    @Test
    void everyOperationHasASummaryAndEverySuccessfulBodyASchema() {
        JsonNode docs = http.get("/v3/api-docs", "revisor").json();
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/cases")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                if (op.getValue().path("summary").asText().isBlank()) {
                    problems.add(name + ": no summary");
                }
                op.getValue().path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("2")) {
                        JsonNode content = response.getValue().path("content");
                        if (content.isMissingNode() || content.isEmpty()) {
                            problems.add(name + " " + response.getKey() + ": no body schema");
                        }
                        content.forEach(media -> {
                            JsonNode schema = media.path("schema");
                            boolean typed = schema.has("$ref") || schema.path("items").has("$ref");
                            if (!typed) {
                                problems.add(name + " " + response.getKey() + ": untyped body " + schema);
                            }
                        });
                    }
                });
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(20);
        assertThat(problems).isEmpty();
        assertThat(docs.path("components").path("schemas").path("CaseView").path("properties").has("consultations"))
                .isTrue();
    }

    private static String receive(String subject, String receivedOn) {
        TestHttp.Response created = http.post("/api/cases", "registrator", """
                {"subject": "%s", "caseType": "OTHER", "channel": "FORM",
                 "submitter": {"name": "Eva Ek"}, "receivedOn": "%s"}
                """.formatted(subject, receivedOn));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** The list is a read model that follows the event store; wait until it has caught up with these cases. */
    private static void awaitTotal(String query, String user, long total) {
        Await.until("the list shows " + total + " cases for " + query,
                Duration.ofSeconds(20), () -> http.get(query, user).json().get("total").asLong() == total);
    }
}
