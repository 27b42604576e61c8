package se.rjh.mtp.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.guidelines.Lifecycle.ok;
import static se.rjh.mtp.guidelines.RunningGuidelineService.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.guidelines.domain.Commands.FlagForRegulatoryChange;
import se.rjh.mtp.testsupport.TestHttp;

/** Document control over HTTP on the embedded Kafka and MongoDB: roles, rules, refusals that change nothing. */
class GuidelineLifecycleHttpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @RegisterExtension
    static final RunningGuidelineService service = RunningGuidelineService.onDay(TODAY);

    @Test
    void aGuidelineGoesThroughReviewApprovalPublicationRevisionAndRetirement() {
        String number = draft("Hantering av egentillverkade MTP", "# Syfte\nSäker egentillverkning.\n<script>alert(1)</script>");
        assertThat(number).matches("RL-MTP-\\d+");
        String v1 = "/api/guidelines/" + number + "/versions/1";

        // the author may not review their own version; the refusal changes nothing
        TestHttp.Response self = TestHttp.post(service.url(v1 + "/submission"), "handlaggare", "{\"reviewers\": [\"handlaggare\"]}");
        assertThat(self.status()).as(self.body()).isEqualTo(400);
        assertThat(self.json().path("field").asText()).isEqualTo("reviewers[0]");
        assertThat(version(number, 1).path("status").asText()).isEqualTo("DRAFT");

        ok(TestHttp.post(service.url(v1 + "/submission"), "handlaggare", "{\"reviewers\": [\"lag\"]}"));
        assertThat(TestHttp.post(service.url(v1 + "/verdicts"), "revisor", "{\"verdict\": \"APPROVE\"}").status()).isEqualTo(403);
        TestHttp.Response notNamed = TestHttp.post(service.url(v1 + "/verdicts"), "registrator", "{\"verdict\": \"APPROVE\"}");
        assertThat(notNamed.status()).isEqualTo(409);
        assertThat(notNamed.json().path("currentStep").asText()).isEqualTo("IN_REVIEW");
        TestHttp.Response early = TestHttp.post(service.url(v1 + "/approval"), "ordforande", "");
        assertThat(early.status()).isEqualTo(409);
        ok(TestHttp.post(service.url(v1 + "/verdicts"), "lag", "{\"verdict\": \"APPROVE\", \"comment\": \"Tydlig\"}"));
        assertThat(TestHttp.post(service.url(v1 + "/approval"), "handlaggare", "").status()).isEqualTo(403);
        ok(TestHttp.post(service.url(v1 + "/approval"), "ordforande", ""));
        ok(TestHttp.post(service.url(v1 + "/publication"), "ordforande", "{}"));

        JsonNode published = version(number, 1);
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("validFrom").asText()).isEqualTo(TODAY.toString());
        assertThat(published.path("nextReviewDate").asText()).isEqualTo(TODAY.plusMonths(12).toString());

        // the library: search by text and by regulation
        await("library lists " + number, () -> libraryContains("/api/guidelines/library?text=egentillverk", number));
        assertThat(libraryContains("/api/guidelines/library?regulation=MDR%20Art.%205", number)).isTrue();
        assertThat(libraryContains("/api/guidelines/library?regulation=MDR%20Art.%2052", number)).isFalse();

        // the library entry: typed, with the citation's label, and without the published text it is searched by
        JsonNode entry = entry(TestHttp.get(service.url("/api/guidelines/library"), "revisor").json(), number);
        assertThat(entry.path("kind").asText()).isEqualTo("GUIDELINE");
        assertThat(entry.path("publishedVersion").asInt()).isEqualTo(1);
        assertThat(entry.path("validFrom").asText()).isEqualTo(TODAY.toString());
        assertThat(entry.path("regulationReferences").get(0).path("label").asText()).isEqualTo("MDR Art. 5(5)");
        assertThat(entry.has("openVersion")).isTrue();
        assertThat(entry.has("publishedContent")).isFalse();

        // published text as Markdown and as HTML, with the raw HTML escaped
        TestHttp.Response markdown = TestHttp.get(service.url("/api/guidelines/" + number + "/published.md"), "revisor");
        assertThat(markdown.contentType()).startsWith("text/markdown");
        assertThat(markdown.body()).startsWith("# Syfte");
        TestHttp.Response html = TestHttp.get(service.url("/api/guidelines/" + number + "/published.html"), "lag");
        assertThat(html.body()).contains("<h1>Syfte</h1>").contains("&lt;script&gt;").doesNotContain("<script>");

        // a revision, published, supersedes version 1, which stays readable
        TestHttp.Response revision = TestHttp.post(service.url("/api/guidelines/" + number + "/revisions"), "handlaggare",
                "{\"content\": \"# Syfte\\nSäker egentillverkning enligt MDR.\\n\\n## Ansvar\\nVerksamhetschef.\", "
                        + "\"changeSummary\": \"Ansvar tillagt\"}");
        assertThat(revision.status()).as(revision.body()).isEqualTo(201);
        assertThat(revision.json().path("versionNumber").asInt()).isEqualTo(2);
        Lifecycle.approveAndPublish(service, number, 2, TODAY.plusDays(1).toString());
        assertThat(version(number, 1).path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(version(number, 1).path("content").asText()).contains("<script>alert(1)</script>");
        assertThat(TestHttp.get(service.url("/api/guidelines/" + number + "/published.md"), "revisor").body())
                .contains("## Ansvar");

        JsonNode diff = TestHttp.get(service.url("/api/guidelines/" + number + "/diff?from=1&to=2"), "revisor").json();
        assertThat(diff.get(0).path("change").asText()).isEqualTo("KEPT");
        assertThat(diff.findValuesAsText("change")).contains("ADDED", "REMOVED");

        // no one approves their own version: the chair writes version 3 and may not approve it
        assertThat(TestHttp.post(service.url("/api/guidelines/" + number + "/revisions"), "ordforande",
                "{\"changeSummary\": \"Ordförandens ändring\"}").status()).isEqualTo(201);
        String v3 = "/api/guidelines/" + number + "/versions/3";
        ok(TestHttp.post(service.url(v3 + "/submission"), "handlaggare", "{\"reviewers\": [\"lag\"]}"));
        ok(TestHttp.post(service.url(v3 + "/verdicts"), "lag", "{\"verdict\": \"APPROVE\"}"));
        TestHttp.Response own = TestHttp.post(service.url(v3 + "/approval"), "ordforande", "");
        assertThat(own.status()).as(own.body()).isEqualTo(409);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(version(number, 3).path("status").asText()).isEqualTo("IN_REVIEW");

        // retirement: out of the library, history kept
        assertThat(TestHttp.post(service.url("/api/guidelines/" + number + "/retirement"), "handlaggare",
                "{\"reason\": \"x\"}").status()).isEqualTo(403);
        ok(TestHttp.post(service.url("/api/guidelines/" + number + "/retirement"), "ordforande",
                "{\"reason\": \"Ersätts av regionens nya rutin\"}"));
        await("library drops " + number, () -> !libraryContains("/api/guidelines/library", number));
        assertThat(TestHttp.get(service.url("/api/guidelines/" + number + "/published.md"), "revisor").status()).isEqualTo(404);
        assertThat(TestHttp.get(service.url("/api/guidelines/" + number + "/versions"), "revisor").json().size()).isEqualTo(3);
    }

    @Test
    void aRegulatoryFlagIsAcknowledgedOnceBySomeoneWhoWritesGuidelines() {
        String number = draft("Flaggad riktlinje", "# Syfte\nText.");
        service.bean(CommandGateway.class).sendAndWait(
                new FlagForRegulatoryChange(number, "c-77", "MTP/77/2026", "f-77", "MDR Art. 5(5)"));
        String flags = "/api/guidelines/" + number + "/regulatory-flags/";

        assertThat(TestHttp.post(service.url(flags + "f-77/acknowledgement"), "lag", "").status()).isEqualTo(403);
        TestHttp.Response unknown = TestHttp.post(service.url(flags + "f-99/acknowledgement"), "handlaggare", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        TestHttp.Response done = TestHttp.post(service.url(flags + "f-77/acknowledgement"), "handlaggare", "");
        ok(done);
        assertThat(done.json().path("acknowledgedBy").asText()).isEqualTo("handlaggare");
        assertThat(TestHttp.post(service.url(flags + "f-77/acknowledgement"), "ordforande", "").status()).isEqualTo(409);

        JsonNode flag = TestHttp.get(service.url("/api/guidelines/" + number), "revisor").json().path("regulatoryFlags")
                .get(0);
        assertThat(flag.path("followUpId").asText()).isEqualTo("f-77");
        assertThat(flag.path("acknowledgedBy").asText()).isEqualTo("handlaggare");
        assertThat(flag.path("acknowledgedOn").asText()).isEqualTo(TODAY.toString());
    }

    @Test
    void refusedRequestsNameTheFieldAndStoreNothing() {
        TestHttp.Response wrongRole = TestHttp.post(service.url("/api/guidelines"), "lag", body("Titel", 12));
        assertThat(wrongRole.status()).isEqualTo(403);
        TestHttp.Response tooLong = TestHttp.post(service.url("/api/guidelines"), "handlaggare", body("Titel", 37));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("field").asText()).isEqualTo("reviewIntervalMonths");
        TestHttp.Response pii = TestHttp.post(service.url("/api/guidelines"), "handlaggare", body("Patient 19121212-1212", 12));
        assertThat(pii.status()).isEqualTo(400);
        assertThat(pii.json().path("field").asText()).isEqualTo("title");
        assertThat(TestHttp.get(service.url("/api/guidelines/RL-MTP-999"), "revisor").status()).isEqualTo(404);
        TestHttp.Response horizon = TestHttp.get(service.url("/api/guidelines/review-schedule?withinDays=45"), "revisor");
        assertThat(horizon.status()).isEqualTo(400);
        assertThat(TestHttp.get(service.url("/api/guidelines/review-schedule?withinDays=30"), "revisor").status()).isEqualTo(200);
        assertThat(TestHttp.get(service.url("/v3/api-docs"), "revisor").body()).contains("/api/guidelines/library");
    }

    @Test
    void theApiDocumentHasASummaryForEveryOperationAndASchemaForEverySuccessfulBody() {
        JsonNode docs = TestHttp.get(service.url("/v3/api-docs"), "revisor").json();
        List<String> gaps = new ArrayList<>();
        // this service's own operations; the platform's admin endpoints are the platform's to document
        docs.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!path.getKey().startsWith("/api/guidelines")) {
                return;
            }
            String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            if (operation.getValue().path("summary").asText().isBlank()) {
                gaps.add(name + ": no summary");
            }
            operation.getValue().path("responses").fields().forEachRemaining(response -> {
                if (!response.getKey().startsWith("2")) {
                    return;
                }
                if (response.getValue().path("content").isEmpty()) {
                    gaps.add(name + " " + response.getKey() + ": no body");
                }
                response.getValue().path("content").fields().forEachRemaining(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    // a JSON body (springdoc lists it as */* unless told) refers to a named record schema
                    boolean typed = media.getKey().startsWith("text/")
                            ? "string".equals(schema.path("type").asText())
                            : schema.has("$ref") || schema.path("items").has("$ref");
                    if (!typed) {
                        gaps.add(name + " " + response.getKey() + " " + media.getKey() + ": untyped " + schema);
                    }
                });
            });
        }));
        assertThat(gaps).isEmpty();
        assertThat(docs.path("paths").path("/api/guidelines").path("post").path("responses").has("201")).isTrue();
        assertThat(docs.path("paths").path("/api/guidelines/{documentNumber}/published.md").path("get")
                .path("responses").path("200").path("content").has("text/markdown;charset=UTF-8")).isTrue();
        assertThat(docs.path("components").path("schemas").path("LibraryEntry").path("properties").has("publishedContent"))
                .isFalse();
    }

    private static String draft(String title, String content) {
        TestHttp.Response created = TestHttp.post(service.url("/api/guidelines"), "handlaggare", """
                {"kind": "GUIDELINE", "title": %s, "regulationReferences": [{"framework": "MDR", "provision": "5(5)"}],
                 "content": %s, "changeSummary": "Första utgåvan"}
                """.formatted(TestHttp.quote(title), TestHttp.quote(content)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("documentNumber").asText();
    }

    private static String body(String title, int interval) {
        return """
                {"kind": "PROCEDURE", "title": %s, "reviewIntervalMonths": %d}""".formatted(TestHttp.quote(title), interval);
    }

    private static JsonNode entry(JsonNode entries, String number) {
        for (JsonNode entry : entries) {
            if (entry.path("documentNumber").asText().equals(number)) {
                return entry;
            }
        }
        throw new AssertionError(number + " is not listed in " + entries);
    }

    private static JsonNode version(String number, int version) {
        TestHttp.Response response = TestHttp.get(service.url("/api/guidelines/" + number + "/versions/" + version), "revisor");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static boolean libraryContains(String path, String number) {
        return TestHttp.get(service.url(path), "revisor").json().findValuesAsText("documentNumber").contains(number);
    }
}
