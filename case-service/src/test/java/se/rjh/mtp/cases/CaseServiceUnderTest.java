package se.rjh.mtp.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.MutableClock;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * case-service on the embedded Kafka and MongoDB, started once and shared by the HTTP-level test classes of this
 * module (they run in one JVM), so the suite pays the start-up once. Stopped when the JVM ends.
 */
final class CaseServiceUnderTest {

    private static CaseServiceUnderTest instance;

    final EmbeddedInfrastructure infra;
    final ConfigurableApplicationContext context;
    final MutableClock clock;
    final TestHttp.Api http;
    final KafkaTopics kafka;

    private CaseServiceUnderTest() {
        infra = EmbeddedInfrastructure.startForTests();
        clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
        StartedService service = StartedService.of(CaseServiceApplication.class, CaseServiceApplication.NAME)
                .on(infra).clock(clock)
                .with(FailingOnceProjection.class)
                // The tests run the deadline check themselves.
                .args("--mtp.cases.overdue-check-initial-delay=PT1H")
                .start();
        context = service.context();
        http = service.http();
        kafka = new KafkaTopics(infra.kafkaBootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> StartedService.closeAll(service, infra)));
    }

    static synchronized CaseServiceUnderTest get() {
        if (instance == null) {
            instance = new CaseServiceUnderTest();
        }
        return instance;
    }

    /**
     * The case's row in the list as {@code user} sees it, once the list (a projection, behind the events) shows it in
     * {@code step} with {@code when} holding.
     */
    JsonNode awaitListRow(String id, String user, String step, Predicate<JsonNode> when) {
        return Await.value("case " + id + " listed in step " + step, Duration.ofSeconds(20), () -> {
            for (JsonNode row : http.get("/api/cases?size=200&step=" + step, user).json().get("items")) {
                if (row.get("id").asText().equals(id) && when.test(row)) {
                    return row;
                }
            }
            return null;
        }, Objects::nonNull);
    }

    JsonNode awaitListRow(String id, String user, String step) {
        return awaitListRow(id, user, step, row -> true);
    }

    /** Receives a case over HTTP as the registrar; returns its id. */
    String newCase(String caseType, String subject) {
        TestHttp.Response created = http.post("/api/cases", "registrator", intake(caseType, subject));
        if (created.status() != 201) {
            throw new AssertionError("case not created: " + created.body());
        }
        return created.json().get("id").asText();
    }

    /**
     * A case received, registered with the classification and taken into preparation by the case officer, each step
     * over HTTP and checked; returns its id.
     */
    String caseInPreparation(String caseType, String subject, String classification, String caseOfficer) {
        String id = newCase(caseType, subject);
        ok(register(id, "{\"classification\": \"" + classification + "\"}"));
        ok(http.post(path(id) + "/preparation", "handlaggare", "{\"caseOfficer\": \"" + caseOfficer + "\"}"));
        return id;
    }

    /** Registers case {@code id} as the registrar with this body; the answer unchecked, for the test to assert on. */
    TestHttp.Response register(String id, String registration) {
        return http.post(path(id) + "/registration", "registrator", registration);
    }

    /** Where the endpoints of case {@code id} begin. */
    static String path(String id) {
        return "/api/cases/" + id;
    }

    /** Fails unless the command was accepted (200 or 201), showing the problem it was refused with. */
    static void ok(TestHttp.Response response) {
        if (response.status() != 200 && response.status() != 201) {
            throw new AssertionError("refused with " + response.status() + ": " + response.body());
        }
    }

    /** The body of {@code POST /api/cases}. */
    static String intake(String caseType, String subject) {
        return """
                {"subject": "%s", "description": "Beskrivning", "caseType": "%s", "channel": "EMAIL",
                 "submitter": {"name": "Eva Ek", "unit": "IVA Östersund", "email": "eva.ek@example.se"},
                 "receivedOn": "2026-11-20"}
                """.formatted(subject, caseType);
    }
}
