package se.rjh.mtp.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.cases.CaseServiceUnderTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseNoteAdded;
import se.rjh.mtp.api.cases.RegistrationCorrected;
import se.rjh.mtp.api.common.Topics;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The protected text of a marked case goes onto the real Kafka topic encrypted, while case-service still shows it in
 * clear to the case officer, also after its list projection is replayed from the start; after the marking is lifted
 * later text is published in clear again and the earlier text reads in clear.
 */
class SecrecyEncryptionHttpTest {

    private static final CaseServiceUnderTest service = CaseServiceUnderTest.get();
    private static final TestHttp.Api http = service.http;

    @Test
    void aMarkedCasesTextIsEncryptedOnKafkaAndClearInCaseService() {
        String id = service.newCase("PROCUREMENT_REVIEW", "Larmsystem EX");
        String path = CaseServiceUnderTest.path(id);
        TestHttp.Response unmarked = service.register(id, "{\"classification\": \"Upphandling\"}");
        ok(unmarked);
        assertThat(unmarked.json().has("warning")).isFalse();
        TestHttp.Response marked = http.put(path + "/secrecy", "registrator",
                "{\"provision\": \"OSL 19 kap. 3 §\", \"reason\": \"Anbud EM\"}");
        ok(marked);
        assertThat(marked.json().get("warning").asText()).contains("klartext");
        ok(http.post(path + "/registration/correction", "registrator",
                "{\"subject\": \"Rättad mening ER\", \"reason\": \"Stavfel EF\"}"));
        ok(http.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}"));
        ok(http.post(path + "/notes", "handlaggare", "{\"text\": \"Hemlig anteckning EA\"}"));

        String note = value(onKafka(id, CaseNoteAdded.class, 1).get(0));
        assertThat(note).contains("enc:v1:").doesNotContain("Hemlig anteckning EA");
        String correction = value(onKafka(id, RegistrationCorrected.class, 1).get(0));
        assertThat(correction).contains("enc:v1:").doesNotContain("Rättad mening ER", "Stavfel EF");
        assertThat(service.kafka.readAll(Topics.CASES).stream().filter(r -> id.equals(r.key()))
                .map(SecrecyEncryptionHttpTest::value)).noneMatch(v -> v.contains("Anbud EM"));

        JsonNode officer = http.get(path, "handlaggare").json();
        assertThat(officer.get("subject").asText()).isEqualTo("Rättad mening ER");
        assertThat(officer.get("notes").get(0).get("text").asText()).isEqualTo("Hemlig anteckning EA");
        assertThat(http.get(path + "/history", "revisor").body()).contains("Anbud EM", "Stavfel EF")
                .doesNotContain("enc:v1:");
        assertThat(http.get("/api/admin/event-store/verify", "admin").json().get("valid").asBoolean()).isTrue();

        // The list projection replayed from the start decrypts the stored events again.
        TrackingEventProcessor list = service.context.getBean(EventProcessingConfiguration.class)
                .eventProcessor("case-list", TrackingEventProcessor.class).orElseThrow();
        list.shutDown();
        list.resetTokens();
        list.start();
        String number = officer.get("caseNumber").asText();
        Await.until("the replayed list shows the corrected subject", Duration.ofSeconds(30),
                () -> http.get("/api/cases?q=" + number, "handlaggare").body().contains("Rättad mening ER"));

        // Lifted: later text goes out in clear, and the text written while marked reads in clear for everyone.
        ok(http.post(path + "/secrecy/lifting", "ordforande", "{\"reason\": \"Upphandlingen är klar\"}"));
        ok(http.post(path + "/notes", "handlaggare", "{\"text\": \"Öppen anteckning EB\"}"));
        assertThat(onKafka(id, CaseNoteAdded.class, 2).stream().map(SecrecyEncryptionHttpTest::value))
                .anyMatch(v -> v.contains("Öppen anteckning EB"));
        JsonNode lag = http.get(path, "lag").json();
        assertThat(lag.get("notes").get(0).get("text").asText()).isEqualTo("Hemlig anteckning EA");
        assertThat(lag.get("notes").get(1).get("text").asText()).isEqualTo("Öppen anteckning EB");
    }

    @Test
    void aCaseMarkedAtRegistrationHasItsLaterTextEncrypted() {
        String id = service.newCase("OTHER", "Registreringsmarkerad");
        String path = CaseServiceUnderTest.path(id);
        TestHttp.Response registered = service.register(id,
                "{\"classification\": \"Övrigt\", \"secrecy\": {\"provision\": \"OSL 25 kap. 1 §\"}}");
        ok(registered);
        assertThat(registered.json().get("warning").asText()).contains("klartext");
        ok(http.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}"));
        ok(http.post(path + "/notes", "handlaggare", "{\"text\": \"Anteckning ED\"}"));
        assertThat(value(onKafka(id, CaseNoteAdded.class, 1).get(0))).contains("enc:v1:")
                .doesNotContain("Anteckning ED");
        assertThat(http.get(path, "handlaggare").json().get("notes").get(0).get("text").asText())
                .isEqualTo("Anteckning ED");

        // Text that only looks encrypted is encrypted like any other and reads back as written.
        ok(http.post(path + "/notes", "handlaggare", "{\"text\": \"enc:v1:inte krypterad\"}"));
        assertThat(http.get(path, "handlaggare").json().get("notes").get(1).get("text").asText())
                .isEqualTo("enc:v1:inte krypterad");
        // And written into a case that is not marked, it cannot make the case unreadable.
        String open = service.newCase("OTHER", "enc:v1:AAAA");
        assertThat(http.get("/api/cases/" + open, "handlaggare").status()).isEqualTo(200);
    }

    private static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    /** The case's records of this event type on its topic, read with a plain consumer; waits for this many. */
    private static List<ConsumerRecord<String, byte[]>> onKafka(String caseId, Class<?> eventType, int count) {
        return Await.value(count + " " + eventType.getSimpleName() + " on Kafka", Duration.ofSeconds(30),
                () -> service.kafka.readAll(Topics.CASES).stream().filter(r -> caseId.equals(r.key())
                        && eventType.getName().equals(KafkaTopics.header(r, KafkaTopics.MESSAGE_TYPE))).toList(),
                records -> records.size() >= count);
    }
}
