package se.rjh.mtp.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.platform.deadletter.DeadLetterController;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.DeadLetters;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Every processing group of the service has a dead-letter queue, its own read models included, except the Kafka
 * publisher, which retries instead. A projection over the service's own events that fails once parks the event; an
 * ADMIN sees it in the list, retries it, and the projection has applied it.
 */
class DeadLetterHttpTest {

    private static final String QUEUES = DeadLetterController.PATH;
    private final CaseServiceUnderTest service = CaseServiceUnderTest.get();
    private final TestHttp.Api http = service.http;

    @Test
    void everyGroupButTheKafkaPublisherHasAQueue() {
        TestHttp.Response queues = http.get(QUEUES, "admin");

        assertThat(queues.status()).as(queues.body()).isEqualTo(200);
        assertThat(queues.json().fieldNames()).toIterable()
                .contains("case-list", "consultation-deadlines", "lag-questions", FailingOnceProjection.GROUP)
                .doesNotContain("__axon-kafka-event-publishing-group");
    }

    @Test
    void aProjectionThatFailsOnceParksTheEventAndAnAdminRetriesIt() {
        String subject = "Dödbrevsprov " + UUID.randomUUID();
        FailingOnceProjection.FAIL_ONCE.add(subject);
        String caseId = service.newCase("OTHER", subject);

        JsonNode letter = Await.value("the failed event in the probe's dead-letter queue", Duration.ofSeconds(60),
                () -> letterOf(caseId), found -> found != null);
        assertThat(letter.get("payloadType").asText()).isEqualTo(CaseReceived.class.getName());
        assertThat(letter.get("sequenceNumber").asLong()).isZero();
        assertThat(letter.get("cause").asText()).contains("IllegalStateException", "fails once");
        assertThat(FailingOnceProjection.APPLIED).doesNotContainKey(caseId);
        assertThat(gauge()).isGreaterThanOrEqualTo(1.0);
        assertThat(http.get(QUEUES, "registrator").status()).isEqualTo(403);

        String eventId = letter.get("eventId").asText();
        TestHttp.Response retried = http.post(QUEUES + "/" + FailingOnceProjection.GROUP + "/" + eventId + "/retry",
                "admin");

        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("retried").asBoolean()).isTrue();
        assertThat(FailingOnceProjection.APPLIED).containsEntry(caseId, subject);
        assertThat(letterOf(caseId)).isNull();
        assertThat(http.post(QUEUES + "/" + FailingOnceProjection.GROUP + "/" + eventId + "/retry", "admin").status())
                .isEqualTo(404);
    }

    /** The probe's parked letter for this case, or null. */
    private JsonNode letterOf(String caseId) {
        return DeadLetters.letterOf(http, FailingOnceProjection.GROUP, caseId);
    }

    private double gauge() {
        Gauge gauge = service.context.getBean(MeterRegistry.class).find("mtp.deadletters.size")
                .tag("processing_group", FailingOnceProjection.GROUP).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }
}
