package se.rjh.mtp.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseReopened;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.groups.DistributionAcknowledged;
import se.rjh.mtp.api.guidelines.GuidelineDrafted;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.VersionPublished;
import se.rjh.mtp.groups.distribution.AcknowledgementOverdueJob;
import se.rjh.mtp.groups.distribution.link.AcknowledgementLinks;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.MutableClock;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The unit register and a distribution over HTTP on the embedded Kafka and MongoDB, case-service and
 * guideline-service simulated by their events on Kafka: three units are asked, two acknowledge through their links
 * without an account, and the third is shown overdue once the test clock passes the date.
 */
class DistributionHttpTest {

    static ConfigurableApplicationContext service;
    static TestHttp.Api http;
    static MutableClock clock;
    static Instant start;

    @BeforeAll
    static void start() {
        GroupServiceHttpTest.start();
        service = GroupServiceHttpTest.service;
        http = GroupServiceHttpTest.http;
        clock = RunningGroupService.get().clock;
        start = clock.instant();
    }

    @AfterEach
    void backToToday() {
        clock.set(start);
    }

    @Test
    void theChairKeepsTheUnitRegister() {
        TestHttp.Response registrar = http.post("/api/units", "registrator", unitBody("Avd 1", "a@region.se"));
        assertThat(registrar.status()).isEqualTo(403);
        assertThat(registrar.contentType()).startsWith("application/problem+json");
        assertThat(http.post("/api/units", "lag", unitBody("Avd 1", "a@region.se")).status()).isEqualTo(403);

        TestHttp.Response badHsa = http.post("/api/units", "ordforande",
                "{\"name\": \"Avd 1\", \"hsaId\": \"SE123-X\", \"contactEmail\": \"a@region.se\"}");
        assertThat(badHsa.status()).isEqualTo(400);
        assertThat(badHsa.json().path("field").asText()).isEqualTo("hsaId");
        TestHttp.Response badEmail = http.post("/api/units", "ordforande", unitBody("Avd 1", "inte en adress"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().path("field").asText()).isEqualTo("contactEmail");

        String unit = registerUnit("Avdelning 40, Hjärtmottagningen", "SE2321000016-H40X");
        String byAdmin = created(http.post("/api/units", "admin", unitBody("Röntgen Syd", "rontgen.syd@region.se")));
        JsonNode listed = awaitUnit(unit, u -> true);
        assertThat(listed.path("hsaId").asText()).isEqualTo("SE2321000016-H40X");
        assertThat(listed.path("active").asBoolean()).isTrue();

        assertThat(http.put("/api/units/" + unit, "ordforande", "{\"name\": \"Avdelning 40\", \"hsaId\": null, "
                + "\"contactEmail\": \"avd40@region.se\", \"reason\": \"Ny brevlåda\"}").status()).isEqualTo(204);
        awaitUnit(unit, u -> "avd40@region.se".equals(u.path("contactEmail").asText()) && u.path("hsaId").isNull());
        assertThat(http.post("/api/units/" + byAdmin + "/deactivation", "handlaggare", "{\"reason\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(http.post("/api/units/" + byAdmin + "/deactivation", "ordforande",
                "{\"reason\": \"Enheten har stängt\"}").status()).isEqualTo(204);
        awaitUnit(byAdmin, u -> !u.path("active").asBoolean());
        assertThat(http.get("/api/units?activeOnly=true", "revisor").json().findValuesAsText("id"))
                .contains(unit).doesNotContain(byAdmin);
        TestHttp.Response again = http.post("/api/units/" + byAdmin + "/deactivation", "ordforande",
                "{\"reason\": \"Igen\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(http.put("/api/units/no-such-unit", "ordforande", unitBody("X", "x@region.se")).status())
                .isEqualTo(404);
    }

    @Test
    void threeUnitsAreAskedTwoAcknowledgeThroughTheirLinksAndTheThirdIsOverdue() throws Exception {
        String a = registerUnit("Avdelning 12, Kirurgi", null);
        String b = registerUnit("Vårdcentralen Norr", null);
        String c = registerUnit("Akutmottagningen", null);
        String closed = registerUnit("Stängd enhet", null);
        http.post("/api/units/" + closed + "/deactivation", "ordforande", "{\"reason\": \"Stängd\"}");
        awaitUnit(closed, u -> !u.path("active").asBoolean());
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(14);

        String undecided = UUID.randomUUID().toString();
        TestHttp.Response unknownCase = http.post("/api/distributions", "ordforande",
                distributeBody("CASE_DECISION", undecided, List.of(a), due));
        assertThat(unknownCase.status()).isEqualTo(400);
        assertThat(unknownCase.json().path("field").asText()).isEqualTo("subjectId");

        String caseId = UUID.randomUUID().toString();
        publish("Case", caseId, new CaseDecided(caseId, "MTP/31/2026", CaseType.MTP_COUNCIL_RECOMMENDATION,
                "Införs enligt MTP-rådets rekommendation", DecisionBody.LSG, today, List.of(), null));
        String id = awaitCreated(distributeBody("CASE_DECISION", caseId, List.of(a, b, c), due));

        for (String[] refused : List.of(new String[] {"acknowledgeBy", distributeBody("CASE_DECISION", caseId,
                        List.of(a), today)},
                new String[] {"unitIds[1]", distributeBody("CASE_DECISION", caseId, List.of(a, closed), due)},
                new String[] {"unitIds[0]", distributeBody("CASE_DECISION", caseId, List.of("no-such-unit"), due)})) {
            TestHttp.Response response = http.post("/api/distributions", "ordforande", refused[1]);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo(refused[0]);
        }
        assertThat(http.post("/api/distributions", "handlaggare", distributeBody("CASE_DECISION", caseId,
                List.of(a), due)).status()).isEqualTo(403);
        assertThat(http.get("/api/distributions/" + id, "lag").status()).isEqualTo(403);
        assertThat(http.get("/api/distributions", "revisor").status()).isEqualTo(403);

        JsonNode distribution = awaitDistribution(id, d -> d.path("units").size() == 3);
        assertThat(distribution.path("subjectReference").asText()).isEqualTo("MTP/31/2026");
        assertThat(distribution.path("subjectTitle").asText()).contains("MTP-rådets rekommendation");
        assertThat(distribution.path("distributedBy").asText()).isEqualTo("ordforande");
        assertThat(http.get("/api/distributions", "ordforande").json().findValuesAsText("id")).contains(id);
        String linkA = token(distribution, a);
        String linkB = token(distribution, b);
        String linkC = token(distribution, c);
        assertThat(List.of(linkA, linkB, linkC)).doesNotHaveDuplicates();

        TestHttp.Response seen = http.get(AcknowledgementLinks.API_PATH + linkA, null);
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        assertThat(seen.json().path("unitName").asText()).isEqualTo("Avdelning 12, Kirurgi");
        assertThat(seen.json().path("subjectReference").asText()).isEqualTo("MTP/31/2026");
        assertThat(seen.json().path("acknowledgeBy").asText()).isEqualTo(due.toString());
        assertThat(seen.json().path("status").asText()).isEqualTo("WAITING");

        assertThat(acknowledge(linkA, "{\"response\": \"IMPLEMENTED\", \"comment\": \"Infört på avdelningen\"}")
                .status()).isEqualTo(204);
        TestHttp.Response twice = acknowledge(linkA, "{\"response\": \"NOT_APPLICABLE\", \"comment\": \"Ångrar\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        TestHttp.Response noComment = acknowledge(linkB, "{\"response\": \"NOT_APPLICABLE\"}");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().path("field").asText()).isEqualTo("comment");
        assertThat(acknowledge(linkB, "{\"response\": \"NOT_APPLICABLE\", \"comment\": \"Vi har inga sådana\"}")
                .status()).isEqualTo(204);

        String tampered = linkC.substring(0, linkC.length() - 2) + (linkC.endsWith("AA") ? "BB" : "AA");
        String otherUnit = swapUnit(linkC, a);
        for (String bad : List.of(tampered, otherUnit, "inte-en-token", "a.b")) {
            TestHttp.Response refused = acknowledge(bad, "{\"response\": \"IMPLEMENTED\"}");
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().path("field").asText()).isEqualTo("token");
            assertThat(http.get(AcknowledgementLinks.API_PATH + bad, null).status()).isEqualTo(400);
        }
        assertThat(http.get("/api/distributions/" + id, null).status()).isEqualTo(401);

        awaitDistribution(id, d -> status(d, a).equals("ACKNOWLEDGED") && status(d, b).equals("ACKNOWLEDGED"));
        List<DomainEventMessage<?>> events = new ArrayList<>();
        service.getBean(EventStore.class).readEvents(id).asStream().forEach(events::add);
        assertThat(events.stream().filter(e -> e.getPayload() instanceof DistributionAcknowledged)
                .map(e -> e.getMetaData().get(MetadataKeys.ACTOR)))
                .containsExactly(MetadataKeys.unitLinkActor(a), MetadataKeys.unitLinkActor(b));

        AcknowledgementOverdueJob job = service.getBean(AcknowledgementOverdueJob.class);
        clock.setToday(due);
        assertThat(job.raiseOverdue()).doesNotContain(id + "/" + c);
        clock.setToday(due.plusDays(1));
        assertThat(job.raiseOverdue()).contains(id + "/" + c).doesNotContain(id + "/" + a, id + "/" + b);
        JsonNode after = awaitDistribution(id, d -> status(d, c).equals("OVERDUE"));
        assertThat(status(after, a)).isEqualTo("ACKNOWLEDGED");
        assertThat(unit(after, a).path("response").asText()).isEqualTo("IMPLEMENTED");
        assertThat(unit(after, a).path("comment").asText()).isEqualTo("Infört på avdelningen");
        assertThat(unit(after, b).path("response").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(unit(after, c).path("overdueSince").asText()).isEqualTo(due.plusDays(1).toString());
        assertThat(job.raiseOverdue()).doesNotContain(id + "/" + c); // once

        clock.setToday(due.plusDays(91));
        TestHttp.Response expired = http.get(AcknowledgementLinks.API_PATH + linkC, null);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().path("detail").asText()).contains("expired");
    }

    @Test
    void aPublishedGuidelineCanBeDistributedAndAReopenedCaseNoLonger() throws Exception {
        String unit = registerUnit("Sterilcentralen", null);
        LocalDate due = LocalDate.now(clock).plusDays(30);
        String number = "RL-MTP-" + UUID.randomUUID();
        publish("Guideline", number, new GuidelineDrafted(number, GuidelineKind.values()[0], "Rengöring av pumpar",
                "Alla pumpar", "lag-tillverkning-sakerhet", "ordforande", List.of(), 24, null));
        TestHttp.Response unpublished = http.post("/api/distributions", "ordforande",
                distributeBody("GUIDELINE", number, List.of(unit), due));
        assertThat(unpublished.status()).isEqualTo(400);
        assertThat(unpublished.json().path("field").asText()).isEqualTo("subjectId");
        publish("Guideline", number, new VersionPublished(number, 1, LocalDate.now(clock),
                LocalDate.now(clock).plusYears(2), "ordforande"));
        String id = awaitCreated(distributeBody("GUIDELINE", number, List.of(unit), due));
        JsonNode distribution = awaitDistribution(id, d -> d.path("units").size() == 1);
        assertThat(distribution.path("subjectReference").asText()).isEqualTo(number + " version 1");
        assertThat(distribution.path("subjectTitle").asText()).isEqualTo("Rengöring av pumpar");

        String caseId = UUID.randomUUID().toString();
        publish("Case", caseId, new CaseDecided(caseId, "MTP/32/2026", CaseType.INTRODUCTION, "Ja", DecisionBody.LSG,
                LocalDate.now(clock), List.of(), null));
        awaitCreated(distributeBody("CASE_DECISION", caseId, List.of(unit), due));
        publish("Case", caseId, new CaseReopened(caseId, "MTP/32/2026", CaseType.INTRODUCTION, "Nytt underlag"));
        Await.until("the reopened case is no longer distributable", Duration.ofSeconds(20),
                () -> http.post("/api/distributions", "ordforande",
                        distributeBody("CASE_DECISION", caseId, List.of(unit), due)).status() == 400);
    }

    @Test
    void theLinkOpensASwedishFormThatAcknowledgesOnce() throws Exception {
        String unit = registerUnit("Avdelning <b>7</b> & co", null);
        String caseId = UUID.randomUUID().toString();
        publish("Case", caseId, new CaseDecided(caseId, "MTP/33/2026", CaseType.INCIDENT_FOLLOW_UP, "Åtgärda",
                DecisionBody.LSG, LocalDate.now(clock), List.of(), null));
        String id = awaitCreated(distributeBody("CASE_DECISION", caseId, List.of(unit), LocalDate.now(clock).plusDays(7)));
        String token = token(awaitDistribution(id, d -> d.path("units").size() == 1), unit);

        TestHttp.Response form = http.get(AcknowledgementLinks.FORM_PATH + token, null);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.contentType()).startsWith("text/html");
        assertThat(form.body()).contains("Läst och infört", "Ej tillämpligt", "MTP/33/2026",
                "Avdelning &lt;b&gt;7&lt;/b&gt; &amp; co").doesNotContain("<b>7</b>");

        TestHttp.Response noComment = formPost(token, "response=NOT_APPLICABLE");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.body()).contains("Ange en kommentar");
        TestHttp.Response sent = formPost(token, "response=IMPLEMENTED&comment=Inf%C3%B6rt+i+dag");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).contains("Tack!");
        TestHttp.Response again = formPost(token, "response=IMPLEMENTED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("redan kvitterat");
        assertThat(http.get(AcknowledgementLinks.FORM_PATH + token + "x", null).body()).contains("ogiltig");
        JsonNode shown = awaitDistribution(id, d -> status(d, unit).equals("ACKNOWLEDGED"));
        assertThat(unit(shown, unit).path("comment").asText()).isEqualTo("Infört i dag");
    }

    private static TestHttp.Response formPost(String token, String form) {
        return http.request("POST", AcknowledgementLinks.FORM_PATH + token)
                .body("application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8)).send();
    }

    private static TestHttp.Response acknowledge(String token, String body) {
        return http.request("POST", AcknowledgementLinks.API_PATH + token).json(body).send();
    }

    /** The same signature over a payload naming another unit: must not verify. */
    private static String swapUnit(String token, String unitId) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]),
                StandardCharsets.UTF_8);
        String[] fields = payload.split("\\|");
        String forged = fields[0] + "|" + unitId + "|" + fields[2];
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[1];
    }

    private static String token(JsonNode distribution, String unitId) {
        String link = unit(distribution, unitId).path("link").asText();
        assertThat(link).contains(AcknowledgementLinks.FORM_PATH);
        return link.substring(link.indexOf(AcknowledgementLinks.FORM_PATH) + AcknowledgementLinks.FORM_PATH.length());
    }

    private static JsonNode unit(JsonNode distribution, String unitId) {
        for (JsonNode unit : distribution.path("units")) {
            if (unitId.equals(unit.path("unitId").asText())) {
                return unit;
            }
        }
        throw new AssertionError("unit " + unitId + " not in " + distribution);
    }

    private static String status(JsonNode distribution, String unitId) {
        return unit(distribution, unitId).path("status").asText();
    }

    @SuppressWarnings("unchecked")
    private static void publish(String type, String id, Object payload) {
        KafkaMessageConverter<String, byte[]> converter = service.getBean(KafkaMessageConverter.class);
        String topic = type.equals("Case") ? "mtp.cases.events" : "mtp.guidelines.events";
        ProducerRecord<String, byte[]> record = converter.createKafkaMessage(
                new GenericDomainEventMessage<>(type, id, 0, payload), topic);
        GroupServiceHttpTest.kafka.send(record);
    }

    /** Distributes once the subject has reached the service from Kafka (until then it is refused, changing nothing). */
    private static String awaitCreated(String body) {
        String[] id = new String[1];
        Await.until("the subject to become distributable", Duration.ofSeconds(20), () -> {
            TestHttp.Response response = http.post("/api/distributions", "ordforande", body);
            if (response.status() == 201) {
                id[0] = response.json().path("id").asText();
                return true;
            }
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            return false;
        });
        return id[0];
    }

    private static String registerUnit(String name, String hsaId) {
        return created(http.post("/api/units", "ordforande", "{\"name\": \"%s\", \"hsaId\": %s, \"contactEmail\": \"%s\"}"
                .formatted(name, hsaId == null ? "null" : "\"" + hsaId + "\"",
                        "enhet-" + UUID.randomUUID().toString().substring(0, 8) + "@region.se")));
    }

    private static String created(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static String unitBody(String name, String email) {
        return "{\"name\": \"%s\", \"contactEmail\": \"%s\"}".formatted(name, email);
    }

    private static String distributeBody(String kind, String subjectId, List<String> unitIds, LocalDate due) {
        return "{\"subjectKind\": \"%s\", \"subjectId\": \"%s\", \"unitIds\": [%s], \"acknowledgeBy\": \"%s\", "
                .formatted(kind, subjectId, String.join(", ", unitIds.stream().map(u -> "\"" + u + "\"").toList()), due)
                + "\"message\": \"Läs beslutet och inför det i er verksamhet.\"}";
    }

    private static JsonNode awaitUnit(String id, Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        Await.until("unit " + id, Duration.ofSeconds(20), () -> {
            for (JsonNode unit : http.get("/api/units", "revisor").json()) {
                if (id.equals(unit.path("id").asText()) && condition.test(unit)) {
                    found[0] = unit;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static JsonNode awaitDistribution(String id, Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        Await.until("distribution " + id, Duration.ofSeconds(20), () -> {
            TestHttp.Response response = http.get("/api/distributions/" + id, "ordforande");
            if (response.status() == 200 && condition.test(response.json())) {
                found[0] = response.json();
                return true;
            }
            return false;
        });
        return found[0];
    }
}
