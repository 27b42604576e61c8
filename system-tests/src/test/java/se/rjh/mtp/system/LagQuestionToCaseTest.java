package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.groups.GroupServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The process across two services: a LAG's question (group-service) becomes exactly one case in case-service, even
 * when Kafka delivers the question twice, and the case's decision comes back onto the assignment.
 */
class LagQuestionToCaseTest {

    private static EmbeddedInfrastructure infra;
    private static StartedService cases;
    private static StartedService groups;

    @BeforeAll
    static void start() {
        infra = EmbeddedInfrastructure.startForTests();
        cases = StartedService.start(CaseServiceApplication.class, CaseServiceApplication.NAME, infra);
        groups = StartedService.start(GroupServiceApplication.class, GroupServiceApplication.NAME, infra);
    }

    @AfterAll
    static void stop() {
        StartedService.closeAll(groups, cases, infra);
    }

    @Test
    void questionBecomesOneCaseAndTheDecisionComesBack() {
        String assignmentId = TestHttp.post(groups.baseUrl() + "/api/assignments", "ordforande", """
                {"groupId": "lag-tillverkning-sakerhet", "title": "Kartlägg egentillverkning",
                 "description": "Vilka enheter tillverkar egna produkter?", "deliverables": ["Rapport"],
                 "dueDate": "2027-03-31"}
                """).json().get("id").asText();
        // The demo membership of 'lag' is seeded through commands at start; wait until it is in place.
        await("lag accepts the assignment", () -> TestHttp.post(groups.baseUrl() + "/api/assignments/" + assignmentId
                + "/accept", "lag", "").status() == 204);

        String questionId = raiseQuestion(assignmentId, "Gäller MDR art. 5.5 även 3D-skrivna skenor?");
        String caseId = UUID.nameUUIDFromBytes(("lag-question:" + questionId).getBytes(StandardCharsets.UTF_8)).toString();
        await("the question's case is opened", () -> TestHttp.get(cases.baseUrl() + "/api/cases/" + caseId, "handlaggare").status() == 200);
        JsonNode opened = TestHttp.get(cases.baseUrl() + "/api/cases/" + caseId, "handlaggare").json();
        assertThat(opened.toString()).contains("LAG", questionId, assignmentId);

        // Deliver the same question again, then a second question on the same assignment (same key, same partition):
        // once the second one's case exists, the duplicate before it has been handled too.
        int redelivered = redeliverQuestionRecords();
        String secondQuestion = raiseQuestion(assignmentId, "Och sterilisering av skenorna?");
        String secondCase = UUID.nameUUIDFromBytes(("lag-question:" + secondQuestion).getBytes(StandardCharsets.UTF_8)).toString();
        await("the second question's case is opened", () -> TestHttp.get(cases.baseUrl() + "/api/cases/" + secondCase, "handlaggare").status() == 200);

        JsonNode history = TestHttp.get(cases.baseUrl() + "/api/cases/" + caseId + "/history", "revisor").json();
        System.out.printf("Question records redelivered: %d; events of the question's case: %d%n", redelivered, history.size());
        assertThat(redelivered).isEqualTo(1);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("type").asText()).isEqualTo("CaseReceived");

        decide(caseId, "LSG svarar: ja, skenorna omfattas.");
        await("the decision shows on the assignment", () -> TestHttp.get(groups.baseUrl() + "/api/assignments/" + assignmentId,
                "lag").body().contains("LSG svarar: ja, skenorna omfattas."));
    }

    private static String raiseQuestion(String assignmentId, String subject) {
        TestHttp.Response raised = TestHttp.post(groups.baseUrl() + "/api/assignments/" + assignmentId + "/questions", "lag",
                "{\"subject\": \"" + subject + "\", \"text\": \"Vi behöver LSG:s tolkning.\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().get("questionId").asText();
    }

    private static void decide(String caseId, String decision) {
        String path = cases.baseUrl() + "/api/cases/" + caseId;
        assertThat(TestHttp.post(path + "/registration", "registrator", "{\"classification\": \"Fråga från LAG\"}").status()).isEqualTo(200);
        assertThat(TestHttp.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}").status()).isEqualTo(200);
        assertThat(TestHttp.post(path + "/proposal", "handlaggare", """
                {"proposal": "Svara ja", "rationale": "Art. 5.5 gäller", "noConsultationReason": "Ren tolkningsfråga"}
                """).status()).isEqualTo(200);
        TestHttp.Response decided = TestHttp.post(path + "/decision", "ordforande",
                "{\"decision\": \"" + decision + "\", \"decidedBy\": \"LSG\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    /** Copies every QuestionRaised record on the group topic back onto it, headers and all: a redelivery. */
    private static int redeliverQuestionRecords() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> questions = new java.util.ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor("mtp.groups.events").stream()
                    .map(p -> new TopicPartition("mtp.groups.events", p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(20);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (isQuestion(record)) {
                        questions.add(record);
                    }
                }
            }
        }
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class, ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig)) {
            for (ConsumerRecord<String, byte[]> record : questions) {
                producer.send(new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
                        record.headers())).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return questions.size();
    }

    private static boolean isQuestion(ConsumerRecord<String, byte[]> record) {
        for (Header header : record.headers()) {
            if (new String(header.value(), StandardCharsets.UTF_8).endsWith("QuestionRaised")) {
                return true;
            }
        }
        return false;
    }

    private static void await(String what, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
