package se.rjh.mtp.guidelines.casefollowup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.guidelines.RunningGuidelineService.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.messaging.Headers;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.common.Topics;
import se.rjh.mtp.api.guidelines.GuidelineNumberAllocated;
import se.rjh.mtp.guidelines.Lifecycle;
import se.rjh.mtp.guidelines.RunningGuidelineService;
import se.rjh.mtp.guidelines.domain.GuidelineNumberSeries;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.TestHttp;
import java.time.Duration;
import java.util.Objects;
import se.rjh.mtp.testsupport.Await;

/**
 * case-service's decisions reach guideline-service over Kafka, written the way Axon's Kafka publisher writes them.
 * Every record is delivered twice and an event type this service does not know comes first: the draft is opened
 * once and the processor carries on.
 */
class CaseDecisionEndToEndTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @RegisterExtension
    static final RunningGuidelineService service = RunningGuidelineService.onDay(TODAY);

    @Test
    void aCaseDecisionOpensARevisionDraftExactlyOnce() {
        String number = Lifecycle.publishNew(service, "Egentillverkning", 12, TODAY.toString(), "# Rutin\nSteg 1");
        await("library knows " + number, () -> TestHttp.get(service.url("/api/guidelines/library"), "revisor")
                .json().findValuesAsText("documentNumber").contains(number));

        String revisionCase = UUID.randomUUID().toString();
        String watchCase = UUID.randomUUID().toString();
        String newGuidelineCase = UUID.randomUUID().toString();
        CaseDecided revision = decision(revisionCase, "MTP/12/2026", CaseType.GUIDELINE_REQUEST,
                new FollowUp("f1", FollowUpKind.GUIDELINE_REVISION, "Uppdatera efter tillsyn", number, null, null, null));
        CaseDecided watch = decision(watchCase, "MTP/13/2026", CaseType.REGULATORY_WATCH,
                new FollowUp("f1", FollowUpKind.GUIDELINES_AFFECTED, "MDR Art. 5(5) ändrad", null, null,
                        "MDR Art. 5", null));
        CaseDecided newGuideline = decision(newGuidelineCase, "MTP/14/2026", CaseType.GUIDELINE_REQUEST,
                new FollowUp("f9", FollowUpKind.GUIDELINE_REVISION, "Rutin för återanvändning av engångsprodukter",
                        null, null, null, null));

        // One partition keeps the order, so once the last record has acted every earlier one has been handled.
        KafkaTopics kafka = service.kafka();
        kafka.send(unknownType(revision));
        for (CaseDecided decided : List.of(revision, revision, watch, watch, newGuideline, newGuideline)) {
            kafka.send(record(decided));
        }

        EventStore store = service.bean(EventStore.class);
        String key = newGuidelineCase + "/f9";
        await("new guideline drafted for " + key, () -> allocations(store, key) > 0);
        assertThat(allocations(store, key)).isEqualTo(1);

        JsonNode guideline = TestHttp.get(service.url("/api/guidelines/" + number), "revisor").json();
        assertThat(guideline.path("versions")).hasSize(2);
        assertThat(guideline.path("versions").get(1).path("status").asText()).isEqualTo("DRAFT");
        assertThat(guideline.path("versions").get(1).path("basedOn").asInt()).isEqualTo(1);
        assertThat(guideline.path("versions").get(1).path("content").asText()).isEqualTo("# Rutin\nSteg 1");
        assertThat(guideline.path("revisionRequests")).hasSize(1);
        assertThat(guideline.path("revisionRequests").get(0).path("caseNumber").asText()).isEqualTo("MTP/12/2026");
        assertThat(guideline.path("regulatoryFlags")).hasSize(1);
        assertThat(guideline.path("regulatoryFlags").get(0).path("text").asText()).isEqualTo("MDR Art. 5");
    }

    @Test
    void aMarkedCasesEncryptedFollowUpOpensADraftWithAPlainTitle() {
        String caseId = UUID.randomUUID().toString();
        CaseDecided sealed = decision(caseId, "MTP/15/2026", CaseType.GUIDELINE_REQUEST,
                new FollowUp("f1", FollowUpKind.GUIDELINE_REVISION, "enc:v1:AAECAwQFBgcICQoLDA0ODw==", null, null,
                        null, null));
        service.kafka().send(record(sealed));

        EventStore store = service.bean(EventStore.class);
        String key = caseId + "/f1";
        String number = Await.value("guideline drafted for " + key, Duration.ofSeconds(30),
                () -> store.readEvents(GuidelineNumberSeries.SERIES_ID, 0).asStream().map(EventMessage::getPayload)
                        .filter(p -> p instanceof GuidelineNumberAllocated a && key.equals(a.requestKey()))
                        .map(p -> ((GuidelineNumberAllocated) p).documentNumber()).findFirst().orElse(null),
                Objects::nonNull);
        JsonNode guideline = TestHttp.get(service.url("/api/guidelines/" + number), "revisor").json();
        assertThat(guideline.toString()).contains("Ny riktlinje enligt beslut i ärende MTP/15/2026")
                .doesNotContain("enc:v1:");
    }

    private static long allocations(EventStore store, String requestKey) {
        return store.readEvents(GuidelineNumberSeries.SERIES_ID, 0).asStream().map(EventMessage::getPayload)
                .filter(p -> p instanceof GuidelineNumberAllocated a && requestKey.equals(a.requestKey())).count();
    }

    private static CaseDecided decision(String caseId, String caseNumber, CaseType type, FollowUp followUp) {
        return new CaseDecided(caseId, caseNumber, type, "Beslut enligt förslag", DecisionBody.LSG, TODAY,
                List.of(followUp), null);
    }

    /** As Axon's Kafka publisher writes it: the platform's Jackson serializer and Axon's default converter. */
    private static ProducerRecord<String, byte[]> record(CaseDecided decided) {
        DefaultKafkaMessageConverter converter = DefaultKafkaMessageConverter.builder()
                .serializer(service.bean(Serializer.class)).build();
        var message = new GenericDomainEventMessage<>("Case", decided.caseId(), 7, decided,
                Map.of("actor", "ordforande"));
        ProducerRecord<String, byte[]> record = converter.createKafkaMessage(message, Topics.CASES);
        return new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers());
    }

    /** A case-service event class this service does not have on its classpath. */
    private static ProducerRecord<String, byte[]> unknownType(CaseDecided decided) {
        ProducerRecord<String, byte[]> record = record(decided);
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.remove(Headers.MESSAGE_TYPE);
        headers.add(Headers.MESSAGE_TYPE, "se.rjh.mtp.cases.domain.CaseInternalNoteAdded".getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(record.topic(), 0, record.key(), "{\"note\":\"x\"}".getBytes(StandardCharsets.UTF_8),
                headers);
    }
}
