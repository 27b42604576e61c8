package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.view.HistoryEntry;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.live.LiveConfiguration;

/**
 * Live case pages on the real (in-process) Kafka: a case event published to {@code mtp.cases.events} as case-service
 * publishes it (keyed by case id, its sequence number in the Axon header) reaches the event stream of an open page of
 * that case, as the notice for its polite live region; events of other cases, and those the page already shows, do
 * not. The case page's log is served alone for the page to read again.
 */
@PortalWebMvcTest
@Import(LiveConfiguration.class)
class LiveCasePagesTest {

    private static final String TOPIC = "mtp.cases.events";
    private static EmbeddedInfrastructure infra;

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry properties) {
        // The services' topics included, as case-service finds them.
        infra = EmbeddedInfrastructure.startForTests();
        properties.add("mtp.portal.live.bootstrap-servers", infra::kafkaBootstrapServers);
    }

    @AfterAll
    static void stopInfrastructure() {
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void aPublishedEventOfTheCaseReachesItsOpenPageAsANotice() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.REGISTERED, "MTP/3/2026"));
        MvcResult stream = mvc.perform(get("/arenden/c-1/live").param("version", "2")
                        .with(Pages.signedIn("handlaggare", "CASE_OFFICER")))
                .andExpect(request().asyncStarted()).andReturn();

        try (KafkaProducer<String, byte[]> producer = producer()) {
            // The consumer joins its group a moment after start and reads from the newest on: publish until heard.
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
            while (!stream.getResponse().getContentAsString(StandardCharsets.UTF_8).contains("id:3") && Instant.now().isBefore(giveUp)) {
                producer.send(event("c-2", 9)).get();
                producer.send(event("c-1", 2)).get();
                producer.send(event("c-1", 3)).get();
                Thread.sleep(500);
            }
        }

        // An event stream is UTF-8 whatever its header says.
        String sent = stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sent).contains("event:case-changed", "id:3", "Ärendet har ändrats sedan du öppnade det",
                "href=\"/arenden/c-1\"");
        assertThat(sent).doesNotContain("id:9", "id:2\n");
    }

    @Test
    void theStartPageHearsOfEveryCasesEventsAndAStreamOpenedAfterAChangeSaysSoAtOnce() throws Exception {
        MvcResult work = mvc.perform(get("/mitt-arbete/live").with(Pages.signedIn("handlaggare", "CASE_OFFICER")))
                .andExpect(request().asyncStarted()).andReturn();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
            while (!work.getResponse().getContentAsString(StandardCharsets.UTF_8).contains("event:work-changed")
                   && Instant.now().isBefore(giveUp)) {
                producer.send(event("c-7", 1)).get();
                Thread.sleep(500);
            }
        }
        assertThat(work.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("event:work-changed", "Något i din arbetslista kan ha ändrats", "href=\"/\"");

        // The case is at version 5 when a page rendered at version 3 connects: it is told at once, without an event.
        when(cases.get("c-3")).thenAnswer(read -> {
            se.rjh.mtp.portal.live.CaseVersion.seen("\"5\"");
            return Pages.caseIn("c-3", CaseStep.REGISTERED, "MTP/5/2026");
        });
        MvcResult behind = mvc.perform(get("/arenden/c-3/live").param("version", "3")
                        .with(Pages.signedIn("handlaggare", "CASE_OFFICER")))
                .andExpect(request().asyncStarted()).andReturn();
        assertThat(behind.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("event:case-changed", "Ärendet har ändrats sedan du öppnade det");
        MvcResult current = mvc.perform(get("/arenden/c-3/live").param("version", "5")
                        .with(Pages.signedIn("handlaggare", "CASE_OFFICER")))
                .andExpect(request().asyncStarted()).andReturn();
        assertThat(current.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("case-changed");
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @Test
    void theLogIsServedAloneForThePageToReadAgain() throws Exception {
        when(cases.history("c-1")).thenReturn(List.of(
                new HistoryEntry(0, "CaseReceived", Instant.parse("2026-11-20T08:00:00Z"), "registrator", Map.of())));

        String log = mvc.perform(get("/arenden/c-1/handelselogg").with(Pages.signedIn("handlaggare", "CASE_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(log).contains("mtp-timeline", "av registrator").doesNotContain("<html", "govuk-header");
    }

    private static ProducerRecord<String, byte[]> event(String caseId, long sequence) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, caseId, new byte[0]);
        record.headers().add("axon-message-aggregate-seq", ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        return record;
    }
}
