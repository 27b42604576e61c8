package se.rjh.mtp.system.realinfra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.platform.MtpApplication;
import se.rjh.mtp.reporting.ReportingServiceApplication;

/**
 * The chain REST → event store → Kafka → consumer → read model, on the same server products as docker-compose.yml:
 * MongoDB as a replica set and Apache Kafka in KRaft mode. Run with {@code -Preal-infra}. Without a Docker engine
 * JUnit reports it as skipped ("disabledWithoutDocker is true and Docker is not available").
 */
@Testcontainers(disabledWithoutDocker = true)
class RealInfrastructureIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<String> TOPICS = List.of("mtp.cases.events", "mtp.groups.events", "mtp.guidelines.events");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    private static ConfigurableApplicationContext cases;
    private static ConfigurableApplicationContext reporting;

    @BeforeAll
    static void start() throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers());
        try (Admin client = Admin.create(admin)) {
            client.createTopics(TOPICS.stream().map(t -> new NewTopic(t, 6, (short) 1)
                    .configs(Map.of("retention.ms", "-1", "retention.bytes", "-1"))).toList())
                    .all().get(60, TimeUnit.SECONDS);
        }
        String[] args = {"--server.port=0",
                "--mtp.mongo.uri=" + MONGO.getConnectionString() + "/?w=majority",
                "--mtp.kafka.bootstrap-servers=" + KAFKA.getBootstrapServers()};
        cases = MtpApplication.builder(CaseServiceApplication.class, CaseServiceApplication.NAME).run(args);
        reporting = MtpApplication.builder(ReportingServiceApplication.class, ReportingServiceApplication.NAME).run(args);
    }

    @AfterAll
    static void stop() {
        if (reporting != null) {
            reporting.close();
        }
        if (cases != null) {
            cases.close();
        }
    }

    @Test
    void aCaseReceivedOverRestReachesTheReportingReadModel() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri(cases, "/api/cases"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"subject": "Ny infusionspump", "caseType": "INTRODUCTION", "channel": "FORM",
                         "submitter": {"name": "Eva Ek", "unit": "IVA Östersund"}, "receivedOn": "2026-11-20"}
                        """)), "registrator");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseId = JSON.readTree(created.body()).get("id").asText();

        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> report = send(HttpRequest.newBuilder(uri(reporting, "/api/reports/cases/" + caseId)).GET(), "revisor");
        while (report.statusCode() == 404 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            report = send(HttpRequest.newBuilder(uri(reporting, "/api/reports/cases/" + caseId)).GET(), "revisor");
        }
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(report.body());
        assertThat(body.get("subject").asText()).isEqualTo("Ny infusionspump");
    }

    private static URI uri(ConfigurableApplicationContext service, String path) {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
