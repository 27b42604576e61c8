package se.rjh.mtp.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.reporting.ReportingServiceApplication;
import se.rjh.mtp.reporting.ingest.EventIngestion;
import se.rjh.mtp.testsupport.AppliedOffsets;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The same events reach two reporting-service instances: one reads the real topic (a clean run), the other reads a
 * copy on which every event of one case arrives twice and another case's events arrive backwards. Both must end
 * with identical read models, compared by their SHA-256 digests.
 */
class DuplicatesAndReorderingTest {

    static final String DISORDERLY = "faults.cases.disorderly";

    @Test
    void duplicatedAndReorderedDeliveryGivesTheSameReadModels() {
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.startForTests();
             StartedService cases = StartedService.start(CaseServiceApplication.class, CaseServiceApplication.NAME, infra);
             Stores stores = new Stores(infra.mongoUri())) {
            String duplicated = prepare(cases, "Dubblerad leverans");
            String reversed = prepare(cases, "Omkastad ordning");
            String plain = CaseEvents.receive(cases, "Vanlig leverans");
            int stored = stores.storedEvents("mtp-cases").size();
            Await.until("every stored event is published", Duration.ofSeconds(60), () ->
                    new KafkaTopics(infra.kafkaBootstrapServers()).readAll("mtp.cases.events").size() >= stored);
            List<ConsumerRecord<String, byte[]>> records = new KafkaTopics(infra.kafkaBootstrapServers()).readAll("mtp.cases.events");

            List<ConsumerRecord<String, byte[]>> disorderly = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                if (!record.key().equals(reversed)) {
                    disorderly.add(record);
                }
                if (record.key().equals(duplicated)) {
                    disorderly.add(record);
                }
            }
            records.stream().filter(r -> r.key().equals(reversed))
                    .sorted(Comparator.comparingLong(ConsumerRecord<String, byte[]>::offset).reversed())
                    .forEach(disorderly::add);
            infra.createTopics(List.of(DISORDERLY));
            new KafkaTopics(infra.kafkaBootstrapServers()).replay(disorderly.stream().map(r -> new ConsumerRecord<>(DISORDERLY,
                    r.partition(), r.offset(), r.key(), r.value())).map(copy -> withHeaders(copy, records)).toList());

            try (StartedService clean = reporting(infra, "mtp.cases.events", "mtp-reporting-clean");
                 StartedService messy = reporting(infra, DISORDERLY, "mtp-reporting-messy")) {
                KafkaTopics topics = new KafkaTopics(infra.kafkaBootstrapServers());
                AppliedOffsets.await(clean.context(), EventIngestion.GROUP, topics.lastOffsets("mtp.cases.events"),
                        Duration.ofSeconds(60));
                AppliedOffsets.await(messy.context(), EventIngestion.GROUP, topics.lastOffsets(DISORDERLY),
                        Duration.ofSeconds(60));
                JsonNode cleanDigests = TestHttp.get(clean.url("/api/audit/digests"), "revisor").json();
                JsonNode messyDigests = TestHttp.get(messy.url("/api/audit/digests"), "revisor").json();
                System.out.printf("Duplicates and reordering: %d stored events, %d records on the clean topic, %d on the "
                                + "disorderly one (case %s twice, case %s backwards, case %s plain)%n  clean %s%n  messy %s%n",
                        stored, records.size(), disorderly.size(), duplicated, reversed, plain,
                        summary(cleanDigests), summary(messyDigests));
                assertThat(disorderly).hasSize(records.size() + count(records, duplicated));
                assertThat(cleanDigests.get("audit_log").get("documents").asInt()).isEqualTo(stored);
                assertThat(messyDigests).isEqualTo(cleanDigests);
                assertThat(TestHttp.get(messy.url("/api/reports/cases/" + reversed), "revisor").json().get("step").asText())
                        .isEqualTo("IN_PREPARATION");
            }
        }
    }

    private static ConsumerRecord<String, byte[]> withHeaders(ConsumerRecord<String, byte[]> copy,
                                                              List<ConsumerRecord<String, byte[]>> originals) {
        ConsumerRecord<String, byte[]> original = originals.stream()
                .filter(o -> o.partition() == copy.partition() && o.offset() == copy.offset()).findFirst().orElseThrow();
        original.headers().forEach(h -> copy.headers().add(h));
        return copy;
    }

    private static StartedService reporting(EmbeddedInfrastructure infra, String topic, String database) {
        return StartedService.start(ReportingServiceApplication.class, ReportingServiceApplication.NAME, infra,
                "--mtp.kafka.consume-topics=" + topic, "--mtp.mongo.database=" + database);
    }

    private static int count(List<ConsumerRecord<String, byte[]>> records, String key) {
        return (int) records.stream().filter(r -> r.key().equals(key)).count();
    }

    private static String summary(JsonNode digests) {
        Map<String, String> byModel = new java.util.TreeMap<>();
        digests.fields().forEachRemaining(e -> byModel.put(e.getKey(), e.getValue().get("documents").asInt() + " docs "
                + e.getValue().get("sha256").asText().substring(0, 12)));
        return byModel.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Received, registered (with a diarienummer) and taken into preparation: four events over two aggregates. */
    private static String prepare(StartedService cases, String subject) {
        String id = CaseEvents.receive(cases, subject);
        assertThat(TestHttp.post(cases.url("/api/cases/" + id + "/registration"), "registrator",
                "{\"classification\": \"Fråga från verksamhet\"}").status()).isEqualTo(200);
        assertThat(TestHttp.post(cases.url("/api/cases/" + id + "/preparation"), "handlaggare",
                "{\"caseOfficer\": \"handlaggare\"}").status()).isEqualTo(200);
        return id;
    }
}
