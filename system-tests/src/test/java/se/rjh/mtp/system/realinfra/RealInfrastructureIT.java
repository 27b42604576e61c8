package se.rjh.mtp.system.realinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.reporting.ReportingServiceApplication;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The chain REST → event store → Kafka → consumer → read model, on the same server products as docker-compose.yml:
 * MongoDB as a replica set and Apache Kafka in KRaft mode. Run with {@code -Preal-infra}. Without a Docker engine
 * JUnit reports it as skipped ("disabledWithoutDocker is true and Docker is not available").
 */
@Testcontainers(disabledWithoutDocker = true)
class RealInfrastructureIT {

    private static final List<String> TOPICS = List.of("mtp.cases.events", "mtp.groups.events", "mtp.guidelines.events");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    private static StartedService cases;
    private static StartedService reporting;

    @BeforeAll
    static void start() throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers());
        try (Admin client = Admin.create(admin)) {
            client.createTopics(TOPICS.stream().map(t -> new NewTopic(t, 6, (short) 1)
                    .configs(Map.of("retention.ms", "-1", "retention.bytes", "-1"))).toList())
                    .all().get(60, TimeUnit.SECONDS);
        }
        String[] args = {"--mtp.mongo.uri=" + MONGO.getConnectionString() + "/?w=majority",
                "--mtp.kafka.bootstrap-servers=" + KAFKA.getBootstrapServers()};
        cases = StartedService.of(CaseServiceApplication.class, CaseServiceApplication.NAME).args(args).start();
        reporting = StartedService.of(ReportingServiceApplication.class, ReportingServiceApplication.NAME).args(args)
                .start();
    }

    @AfterAll
    static void stop() {
        StartedService.closeAll(reporting, cases);
    }

    @Test
    void aCaseReceivedOverRestReachesTheReportingReadModel() {
        TestHttp.Response created = TestHttp.post(cases.url("/api/cases"), "registrator", """
                {"subject": "Ny infusionspump", "caseType": "INTRODUCTION", "channel": "FORM",
                 "submitter": {"name": "Eva Ek", "unit": "IVA Östersund"}, "receivedOn": "2026-11-20"}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("id").asText();

        TestHttp.Response report = Await.value("the case in reporting's read model", Duration.ofSeconds(60),
                () -> TestHttp.get(reporting.url("/api/reports/cases/" + caseId), "revisor"), r -> r.status() != 404);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("subject").asText()).isEqualTo("Ny infusionspump");
    }
}
