package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.system.SystemUnderTest.Service.CASES;
import static se.rjh.mtp.system.SystemUnderTest.Service.REPORTING;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The walking skeleton: a case received over REST is stored in case-service's event store, published to
 * {@code mtp.cases.events}, consumed by reporting-service and served from its own read model. Each link is
 * checked on its own, so cutting any one of them fails this test.
 */
class WalkingSkeletonTest {

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of(CASES, REPORTING);

    @Test
    void caseReceivedOverRestReachesTheReportingReadModel() throws Exception {
        TestHttp.Response created = TestHttp.post(system.cases().baseUrl() + "/api/cases", "registrator", """
                {"subject": "Ny infusionspump", "description": "Begäran om ordnat införande",
                 "caseType": "INTRODUCTION", "channel": "FORM",
                 "submitter": {"name": "Eva Ek", "unit": "IVA Östersund", "email": "eva.ek@example.se"},
                 "receivedOn": "2026-11-20"}
                """);
        assertThat(created.status()).isEqualTo(201);
        String caseId = created.json().get("id").asText();

        // 1. stored, and the stored event names the user who caused it
        List<? extends DomainEventMessage<?>> stored = system.cases().bean(EventStore.class).readEvents(caseId).asStream().toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getPayload()).isInstanceOf(CaseReceived.class);
        assertThat(stored.get(0).getMetaData()).containsEntry("actor", "registrator").containsKey("mtp.hash");

        // 2. published to the case topic, keyed by the aggregate id, with its actor and hash chain as headers
        // Other tests' cases may be on the topic already: wait for this one's record, then read the topic to its end.
        KafkaTopics topics = new KafkaTopics(system.infra().kafkaBootstrapServers());
        assertThat(topics.await("mtp.cases.events", r -> caseId.equals(r.key()), Duration.ofSeconds(20))).isNotEmpty();
        List<ConsumerRecord<String, byte[]>> published = topics.readAll("mtp.cases.events").stream()
                .filter(r -> caseId.equals(r.key())).toList();
        assertThat(published).hasSize(1);
        assertThat(KafkaTopics.headerNames(published.get(0))).anyMatch(h -> h.endsWith("mtp.hash")).anyMatch(h -> h.endsWith("actor"));

        // 3. consumed into reporting-service's read model, served over REST
        Instant deadline = Instant.now().plusSeconds(20);
        TestHttp.Response report = TestHttp.get(system.reporting().baseUrl() + "/api/reports/cases/" + caseId, "revisor");
        while (report.status() == 404 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            report = TestHttp.get(system.reporting().baseUrl() + "/api/reports/cases/" + caseId, "revisor");
        }
        assertThat(report.status()).isEqualTo(200);
        JsonNode body = report.json();
        assertThat(body.get("subject").asText()).isEqualTo("Ny infusionspump");
        assertThat(body.get("step").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void adminCanVerifyTheStoredHashChainsAndOthersCannot() {
        TestHttp.post(system.cases().baseUrl() + "/api/cases", "registrator", """
                {"subject": "Kedja", "caseType": "OTHER", "channel": "EMAIL",
                 "submitter": {"name": "Eva Ek"}, "receivedOn": "2026-11-20"}
                """);
        TestHttp.Response report = TestHttp.get(system.cases().baseUrl() + "/api/admin/event-store/verify", "admin");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().path("eventsChecked").asInt()).isPositive();
        assertThat(report.json().path("breaks")).isEmpty();
        assertThat(TestHttp.get(system.cases().baseUrl() + "/api/admin/event-store/verify", "revisor").status()).isEqualTo(403);
    }

    @Test
    void operationsSurfaceIsServed() {
        assertThat(TestHttp.get(system.cases().baseUrl() + "/actuator/health", null).status()).isEqualTo(200);
        assertThat(TestHttp.get(system.cases().baseUrl() + "/v3/api-docs", "revisor").body()).contains("/api/cases");
        assertThat(TestHttp.get(system.cases().baseUrl() + "/v3/api-docs", null).status()).isEqualTo(401);
        TestHttp.Response metrics = TestHttp.get(system.reporting().baseUrl() + "/actuator/prometheus", "admin");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("processorName=\"case-pipeline\"");
    }

    @Test
    void requestWithoutCredentialsGetsProblem401() {
        TestHttp.Response response = postCase(null, "{}");
        assertProblem(response, 401);
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void wrongRoleGetsProblem403AndNothingIsStored() {
        assertProblem(postCase("lag", intake("x", "OTHER")), 403);
    }

    @Test
    void invalidInputNamesTheField() {
        TestHttp.Response response = postCase("registrator", intake("", "OTHER"));
        assertProblem(response, 400);
        assertThat(response.json().path("field").asText()).as(response.body()).isEqualTo("subject");

        TestHttp.Response badEnum = postCase("registrator", intake("x", "NOPE"));
        assertProblem(badEnum, 400);
        assertThat(badEnum.json().path("field").asText()).as(badEnum.body()).isEqualTo("caseType");
        assertThat(badEnum.body()).doesNotContain("NOPE");
    }

    private static TestHttp.Response postCase(String user, String json) {
        return TestHttp.post(system.cases().url("/api/cases"), user, json);
    }

    private static String intake(String subject, String caseType) {
        return """
                {"subject": "%s", "caseType": "%s", "channel": "FORM",
                 "submitter": {"name": "A"}, "receivedOn": "2026-11-20"}
                """.formatted(subject, caseType);
    }

    private static void assertProblem(TestHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
