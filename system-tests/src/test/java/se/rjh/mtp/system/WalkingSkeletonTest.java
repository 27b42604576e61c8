package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.reporting.ReportingServiceApplication;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The walking skeleton: a case received over REST is stored in case-service's event store, published to
 * {@code mtp.cases.events}, consumed by reporting-service and served from its own read model. Each link is
 * checked on its own, so cutting any one of them fails this test.
 */
class WalkingSkeletonTest {

    private static EmbeddedInfrastructure infra;
    private static StartedService cases;
    private static StartedService reporting;

    @BeforeAll
    static void start() {
        infra = EmbeddedInfrastructure.startForTests();
        cases = StartedService.start(CaseServiceApplication.class, CaseServiceApplication.NAME, infra);
        reporting = StartedService.start(ReportingServiceApplication.class, ReportingServiceApplication.NAME, infra);
    }

    @AfterAll
    static void stop() {
        StartedService.closeAll(reporting, cases, infra);
    }

    @Test
    void caseReceivedOverRestReachesTheReportingReadModel() throws Exception {
        TestHttp.Response created = TestHttp.post(cases.baseUrl() + "/api/cases", "registrator", """
                {"subject": "Ny infusionspump", "description": "Begäran om ordnat införande",
                 "caseType": "INTRODUCTION", "channel": "FORM",
                 "submitter": {"name": "Eva Ek", "unit": "IVA Östersund", "email": "eva.ek@example.se"},
                 "receivedOn": "2026-11-20"}
                """);
        assertThat(created.status()).isEqualTo(201);
        String caseId = created.json().get("id").asText();

        // 1. stored, and the stored event names the user who caused it
        List<? extends DomainEventMessage<?>> stored = cases.bean(EventStore.class).readEvents(caseId).asStream().toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getPayload()).isInstanceOf(CaseReceived.class);
        assertThat(stored.get(0).getMetaData()).containsEntry("actor", "registrator").containsKey("mtp.hash");

        // 2. published to the case topic, keyed by the aggregate id, with its actor and hash chain as headers
        List<ConsumerRecord<String, byte[]>> published = new KafkaTopics(infra.kafkaBootstrapServers())
                .readAtLeast("mtp.cases.events", 1, Duration.ofSeconds(20)).stream()
                .filter(r -> caseId.equals(r.key())).toList();
        assertThat(published).hasSize(1);
        assertThat(KafkaTopics.headerNames(published.get(0))).anyMatch(h -> h.endsWith("mtp.hash")).anyMatch(h -> h.endsWith("actor"));

        // 3. consumed into reporting-service's read model, served over REST
        Instant deadline = Instant.now().plusSeconds(20);
        TestHttp.Response report = TestHttp.get(reporting.baseUrl() + "/api/reports/cases/" + caseId, "revisor");
        while (report.status() == 404 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            report = TestHttp.get(reporting.baseUrl() + "/api/reports/cases/" + caseId, "revisor");
        }
        assertThat(report.status()).isEqualTo(200);
        JsonNode body = report.json();
        assertThat(body.get("subject").asText()).isEqualTo("Ny infusionspump");
        assertThat(body.get("step").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void adminCanVerifyTheStoredHashChainsAndOthersCannot() {
        TestHttp.post(cases.baseUrl() + "/api/cases", "registrator", """
                {"subject": "Kedja", "caseType": "OTHER", "channel": "EMAIL",
                 "submitter": {"name": "Eva Ek"}, "receivedOn": "2026-11-20"}
                """);
        TestHttp.Response report = TestHttp.get(cases.baseUrl() + "/api/admin/event-store/verify", "admin");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().path("eventsChecked").asInt()).isPositive();
        assertThat(report.json().path("breaks")).isEmpty();
        assertThat(TestHttp.get(cases.baseUrl() + "/api/admin/event-store/verify", "revisor").status()).isEqualTo(403);
    }

    @Test
    void operationsSurfaceIsServed() {
        assertThat(TestHttp.get(cases.baseUrl() + "/actuator/health", null).status()).isEqualTo(200);
        assertThat(TestHttp.get(cases.baseUrl() + "/v3/api-docs", "revisor").body()).contains("/api/cases");
        assertThat(TestHttp.get(cases.baseUrl() + "/v3/api-docs", null).status()).isEqualTo(401);
        TestHttp.Response metrics = TestHttp.get(reporting.baseUrl() + "/actuator/prometheus", "admin");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("processorName=\"case-pipeline\"");
    }

    @Test
    void requestWithoutCredentialsGetsProblem401() {
        TestHttp.Response response = TestHttp.post(cases.baseUrl() + "/api/cases", null, "{}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void wrongRoleGetsProblem403AndNothingIsStored() {
        TestHttp.Response response = TestHttp.post(cases.baseUrl() + "/api/cases", "lag", """
                {"subject": "x", "caseType": "OTHER", "channel": "FORM",
                 "submitter": {"name": "A"}, "receivedOn": "2026-11-20"}
                """);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void invalidInputNamesTheField() {
        TestHttp.Response response = TestHttp.post(cases.baseUrl() + "/api/cases", "registrator", """
                {"subject": "", "caseType": "OTHER", "channel": "FORM",
                 "submitter": {"name": "A"}, "receivedOn": "2026-11-20"}
                """);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).as(response.body()).isEqualTo("subject");

        TestHttp.Response badEnum = TestHttp.post(cases.baseUrl() + "/api/cases", "registrator", """
                {"subject": "x", "caseType": "NOPE", "channel": "FORM",
                 "submitter": {"name": "A"}, "receivedOn": "2026-11-20"}
                """);
        assertThat(badEnum.status()).as(badEnum.body()).isEqualTo(400);
        assertThat(badEnum.json().path("field").asText()).as(badEnum.body()).isEqualTo("caseType");
        assertThat(badEnum.body()).doesNotContain("NOPE");
    }
}
