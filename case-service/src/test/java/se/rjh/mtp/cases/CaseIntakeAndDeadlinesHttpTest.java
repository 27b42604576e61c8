package se.rjh.mtp.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.Topics;
import se.rjh.mtp.api.groups.QuestionRaised;
import se.rjh.mtp.cases.consultation.OverdueConsultationJob;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/** Numbering under load, LAG questions from Kafka, the personnummer guard over HTTP, and overdue consultations. */
class CaseIntakeAndDeadlinesHttpTest {

    private static final CaseServiceUnderTest service = CaseServiceUnderTest.get();
    private static final TestHttp.Api http = service.http;

    @Test
    void fiftyParallelRegistrationsGetNumbersOneToFiftyWithoutDuplicates() throws Exception {
        Instant original = service.clock.instant();
        // A year no other test registers in, so the series starts at 1 here.
        service.clock.set(Instant.parse("2031-03-02T09:00:00Z"));
        try {
            List<String> ids = IntStream.range(0, 50)
                    .mapToObj(i -> service.newCase("OTHER", "Parallell " + i)).toList();
            ExecutorService pool = Executors.newFixedThreadPool(50);
            List<Future<TestHttp.Response>> results = new ArrayList<>();
            for (String id : ids) {
                results.add(pool.submit(() -> http.post("/api/cases/" + id + "/registration", "registrator",
                        "{\"classification\": \"Övrigt\"}")));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<TestHttp.Response> result : results) {
                TestHttp.Response response = result.get();
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                numbers.add(response.json().get("caseNumber").asText());
            }
            pool.shutdown();
            Set<String> expected = IntStream.rangeClosed(1, 50).mapToObj(n -> "MTP/" + n + "/2031")
                    .collect(Collectors.toSet());
            assertThat(numbers).hasSize(50).doesNotHaveDuplicates();
            assertThat(Set.copyOf(numbers)).isEqualTo(expected);
        } finally {
            service.clock.set(original);
        }
    }

    @Test
    void questionRaisedDeliveredTwiceOpensExactlyOneCase() {
        String questionId = UUID.randomUUID().toString();
        String markerId = UUID.randomUUID().toString();
        QuestionRaised question = new QuestionRaised(questionId, "a-17", "g-1", "Hur märks egentillverkning?",
                "Gäller 3D-printade skenor", "lena", "LAG Tillverkning och säkerhet");
        // Same key (the assignment), so all three land on one partition in this order.
        publish(question, "a-17", 0);
        publish(question, "a-17", 0);
        publish(new QuestionRaised(markerId, "a-17", "g-1", "Markör", "Markör", "lena", "LAG"), "a-17", 1);

        String caseId = UUID.nameUUIDFromBytes(("lag-question:" + questionId).getBytes(StandardCharsets.UTF_8)).toString();
        String markerCase = UUID.nameUUIDFromBytes(("lag-question:" + markerId).getBytes(StandardCharsets.UTF_8)).toString();
        awaitStatus("/api/cases/" + markerCase, 200);

        JsonNode details = http.get("/api/cases/" + caseId, "handlaggare").json();
        assertThat(details.get("channel").asText()).isEqualTo("LAG");
        assertThat(details.get("step").asText()).isEqualTo("RECEIVED");
        assertThat(details.get("origin").get("questionId").asText()).isEqualTo(questionId);
        assertThat(details.get("submitter").get("unit").asText()).isEqualTo("LAG Tillverkning och säkerhet");
        assertThat(http.get("/api/cases/" + caseId + "/history", "revisor").json()).hasSize(1);
    }

    @Test
    void personalIdentityNumbersAreRefusedWithTheFieldAndNeverEchoed() {
        for (String number : List.of("19121212-1212", "121212-1212", "1212121212", "701063-2391", "811228+9874")) {
            TestHttp.Response refused = http.post("/api/cases", "registrator", intake("Patient " + number));
            assertThat(refused.status()).as(number).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("field").asText()).isEqualTo("subject");
            assertThat(refused.body()).doesNotContain(number);
        }
        String id = service.newCase("OTHER", "Anteckningar");
        TestHttp.Response note = http.post("/api/cases/" + id + "/registration", "registrator",
                "{\"classification\": \"Gäller 19121212-1212\"}");
        assertThat(note.status()).isEqualTo(400);
        assertThat(note.json().get("field").asText()).isEqualTo("classification");
    }

    @Test
    void otherDigitRunsPass() {
        for (String text : List.of("Ring 070-123 45 67", "Art.nr 1212121213 (fel kontrollsiffra)",
                "UDI-DI 07350000000012", "Datum 201399-1234 finns inte", "Lot 20261120123456")) {
            assertThat(http.post("/api/cases", "registrator", intake(text)).status()).as(text).isEqualTo(201);
        }
    }

    @Test
    void overdueConsultationIsRaisedOnceFromTheStoredDeadline() {
        String path = "/api/cases/" + service.caseInPreparation("OTHER", "Samverkan med gaskommittén",
                "Gaser", "handlaggare");
        LocalDate today = LocalDate.now(service.clock);
        TestHttp.Response requested = http.post(path + "/consultations", "handlaggare",
                "{\"body\": \"GAS_COMMITTEE\", \"question\": \"Synpunkter?\", \"dueDate\": \"" + today.plusDays(1) + "\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);

        OverdueConsultationJob job = service.context.getBean(OverdueConsultationJob.class);
        Instant original = service.clock.instant();
        service.clock.advance(Duration.ofDays(3));
        try {
            Await.until("the overdue consultation raised", Duration.ofSeconds(20), () -> {
                job.checkDeadlines(); // the deadline read model may still be catching up
                return overdueCount(path) > 0;
            });
            job.checkDeadlines();
            job.checkDeadlines();
        } finally {
            service.clock.set(original);
        }
        assertThat(overdueCount(path)).isEqualTo(1);
        assertThat(http.get(path, "revisor").json().get("consultations").get(0).get("overdue").asBoolean()).isTrue();
    }

    private static long overdueCount(String path) {
        JsonNode history = http.get(path + "/history", "revisor").json();
        long count = 0;
        for (JsonNode entry : history) {
            if (entry.get("type").asText().equals("ConsultationOverdue")) {
                count++;
                assertThat(entry.get("actor").asText()).isEqualTo("system:case-service");
            }
        }
        return count;
    }

    private static String intake(String subject) {
        return """
                {"subject": "%s", "caseType": "OTHER", "channel": "FORM",
                 "submitter": {"name": "Eva Ek"}, "receivedOn": "2026-11-20"}
                """.formatted(subject);
    }

    /** Writes the event as group-service's Axon Kafka publisher does, through the same message converter. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void publish(QuestionRaised event, String aggregateId, long sequence) {
        KafkaMessageConverter<String, byte[]> converter = service.context.getBean(KafkaMessageConverter.class);
        service.kafka.send(converter.createKafkaMessage(
                new GenericDomainEventMessage<>("Assignment", aggregateId, sequence, event), Topics.GROUPS));
    }

    private static void awaitStatus(String path, int status) {
        Await.until(path + " answers " + status, Duration.ofSeconds(30),
                () -> http.get(path, "revisor").status() == status);
    }
}
