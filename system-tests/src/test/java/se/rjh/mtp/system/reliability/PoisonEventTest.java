package se.rjh.mtp.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.system.SystemUnderTest.Service.CASES;
import static se.rjh.mtp.system.SystemUnderTest.Service.REPORTING;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.platform.deadletter.DeadLetterController;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * An event a consumer cannot handle is parked in the dead-letter queue in MongoDB; the same aggregate's later
 * events wait behind it, other aggregates go on. An ADMIN lists the queue, retries the sequence once the cause is
 * fixed, or evicts a letter; the queue's size is a gauge.
 */
class PoisonEventTest {

    private static final String QUEUE = DeadLetterController.PATH;

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of(CASES).with(REPORTING, reporting -> reporting
            .with(PoisonProbe.class)
            .args("--axon.eventhandling.processors." + PoisonProbe.GROUP + ".mode=tracking",
                    "--axon.eventhandling.processors." + PoisonProbe.GROUP + ".source=mtpKafkaSource"));

    @Test
    void poisonEventIsParkedItsSuccessorsWaitAndAnAdminRetriesOrEvicts() {
        PoisonProbe.broken = true;
        String poisoned = CaseEvents.receive(system.cases(), PoisonProbe.POISON + " kan inte hanteras");
        String healthy = CaseEvents.receive(system.cases(), "Frisk");
        assertThat(TestHttp.post(system.cases().url("/api/cases/" + poisoned + "/registration"), "registrator",
                "{\"classification\": \"Fråga\"}").status()).isEqualTo(200);
        String afterwards = CaseEvents.receive(system.cases(), "Frisk efteråt");

        Await.until("the healthy cases pass and two letters are parked", Duration.ofSeconds(60),
                () -> PoisonProbe.handled(afterwards).equals(List.of(0L)) && queueSize() == 2);
        JsonNode sequences = queue().get("sequences");
        System.out.printf("Poison event: parked %d letters in %d sequence(s); healthy case handled %s; gauge %.0f; "
                        + "the real case-pipeline group's queue holds %d%n", queueSize(), sequences.size(),
                PoisonProbe.handled(healthy), gauge(), realQueueSize());
        assertThat(PoisonProbe.handled(healthy)).containsExactly(0L);
        assertThat(PoisonProbe.handled(poisoned)).isEmpty();
        assertThat(sequences).hasSize(1);
        JsonNode letters = sequences.get(0);
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).get("aggregateId").asText()).isEqualTo(poisoned);
        assertThat(letters.get(0).get("sequenceNumber").asLong()).isZero();
        assertThat(letters.get(0).get("cause").asText()).contains("IllegalStateException");
        assertThat(letters.get(1).get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(gauge()).isEqualTo(2.0);
        assertThat(realQueueSize()).as("reporting's own consumer handled the case").isZero();
        assertThat(TestHttp.get(system.reporting().url("/api/reports/cases/" + poisoned), "revisor").status()).isEqualTo(200);
        assertThat(TestHttp.get(system.reporting().url(QUEUE), "revisor").status()).isEqualTo(403);

        PoisonProbe.broken = false;
        String head = letters.get(0).get("eventId").asText();
        JsonNode retried = TestHttp.post(system.reporting().url(QUEUE + "/" + PoisonProbe.GROUP + "/" + head + "/retry"), "admin", "")
                .json();
        System.out.printf("Poison event: retry after the fix -> %s; handled %s; gauge %.0f%n", retried,
                PoisonProbe.handled(poisoned), gauge());
        assertThat(retried.get("retried").asBoolean()).isTrue();
        assertThat(PoisonProbe.handled(poisoned)).containsExactly(0L, 1L);
        assertThat(queueSize()).isZero();
        assertThat(gauge()).isZero();

        PoisonProbe.broken = true;
        String evicted = CaseEvents.receive(system.cases(), PoisonProbe.POISON + " ska tas bort");
        Await.until("the second poison event is parked", Duration.ofSeconds(60), () -> queueSize() == 1);
        String letter = queue().get("sequences").get(0).get(0).get("eventId").asText();
        int status = TestHttp.delete(system.reporting().url(QUEUE + "/" + PoisonProbe.GROUP + "/" + letter), "admin").status();
        System.out.printf("Poison event: evicted %s -> HTTP %d; queue %d; gauge %.0f%n", letter, status, queueSize(), gauge());
        assertThat(status).isEqualTo(204);
        assertThat(queueSize()).isZero();
        assertThat(PoisonProbe.handled(evicted)).isEmpty();
        assertThat(TestHttp.delete(system.reporting().url(QUEUE + "/" + PoisonProbe.GROUP + "/" + letter), "admin").status())
                .isEqualTo(404);
    }

    private static JsonNode queue() {
        TestHttp.Response response = TestHttp.get(system.reporting().url(QUEUE), "admin");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get(PoisonProbe.GROUP);
    }

    private static int queueSize() {
        return queue().get("size").asInt();
    }

    private static int realQueueSize() {
        return TestHttp.get(system.reporting().url(QUEUE), "admin").json().get("case-pipeline").get("size").asInt();
    }

    private static double gauge() {
        Gauge gauge = system.reporting().bean(MeterRegistry.class).find("mtp.deadletters.size")
                .tag("processing_group", PoisonProbe.GROUP).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }
}
