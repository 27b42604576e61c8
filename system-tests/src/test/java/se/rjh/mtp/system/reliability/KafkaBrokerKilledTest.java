package se.rjh.mtp.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.system.SystemUnderTest.Service.CASES;
import static se.rjh.mtp.system.SystemUnderTest.Service.REPORTING;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * N events go through case-service while the broker is stopped and started again under them: case-service keeps
 * accepting (its outbox is the event store), the publisher and reporting's consumer wait and resume, and every
 * event reaches reporting-service once. The embedded broker's stop is {@code KafkaRaftServer.shutdown()}: it closes
 * every client connection at once, without telling the clients first, but it does flush its log.
 */
class KafkaBrokerKilledTest {

    /**
     * 10,000 passes (-Dmtp.faults.events=10000) but takes about three minutes on a busy 2-core machine, almost all of
     * it in reporting's per-event read-model rebuild; the default keeps the class near a minute.
     */
    static final int N = Integer.getInteger("mtp.faults.events", 3_000);
    static final int HTTP_EVENTS = 200;

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of(CASES, REPORTING);

    @Test
    void everyEventReachesReportingOnceAfterTheBrokerWasStopped() throws Exception {
        try (Stores stores = new Stores(system.infra().mongoUri())) {
            long started = System.nanoTime();
            // The first events take the whole path (HTTP, command, aggregate); the rest go in batches through the
            // same service's event store, so that N events fit in the time a CI run allows.
            int viaHttp = Math.min(HTTP_EVENTS, N);
            List<TestHttp.Response> responses = Load.parallel(viaHttp, 8, new AtomicInteger(),
                    i -> TestHttp.post(system.cases().url("/api/cases"), "registrator", CaseEvents.intakeBody("Händelse " + i)));
            assertThat(responses).as("every command acknowledged").hasSize(viaHttp)
                    .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
            Thread breaker = new Thread(() -> {
                Await.until("a quarter is in reporting", Duration.ofMinutes(2), () -> stores.auditedTotal() >= N / 4);
                long downAt = System.nanoTime();
                system.infra().kafka().stop();
                System.out.printf("Broker stopped at %d audited events, stop took %d ms%n", stores.auditedTotal(),
                        (System.nanoTime() - downAt) / 1_000_000);
                Await.pause(3000);
                system.infra().kafka().startServer();
                System.out.printf("Broker started again after %d ms down%n", (System.nanoTime() - downAt) / 1_000_000);
            }, "broker-breaker");
            breaker.start();
            EventStore store = system.cases().bean(EventStore.class);
            CaseEvents.receive(store, N - viaHttp, 100, () -> Await.pause(20));
            long sentMillis = (System.nanoTime() - started) / 1_000_000;
            breaker.join();

            Await.until("reporting has every event", Duration.ofSeconds(120), () -> stores.audited("case-service") >= N);
            long deliveredMillis = (System.nanoTime() - started) / 1_000_000;
            List<ConsumerRecord<String, byte[]>> records = new KafkaTopics(system.infra().kafkaBootstrapServers()).readAll("mtp.cases.events");
            Set<String> distinct = new HashSet<>();
            records.forEach(r -> distinct.add(KafkaTopics.header(r, KafkaTopics.MESSAGE_ID)));
            long audited = stores.audited("case-service");
            int stored = stores.storedEvents("mtp-cases").size();
            int pipelineTotal = TestHttp.get(system.reporting().url("/api/reports/pipeline"), "revisor").json().get("total").asInt();
            System.out.printf("Broker fault: N=%d (%d over HTTP) sent in %d ms, stored %d, on topic %d records (%d distinct events, "
                            + "%d redelivered), audited %d, pipeline rows %d, all in after %d ms%n",
                    N, Math.min(HTTP_EVENTS, N), sentMillis, stored, records.size(), distinct.size(), records.size() - distinct.size(), audited,
                    pipelineTotal, deliveredMillis);
            assertThat(stored).isEqualTo(N);
            assertThat(distinct).hasSize(N);
            assertThat(audited).as("audit records, one per event").isEqualTo(N);
            assertThat(pipelineTotal).as("case rows, one per case").isEqualTo(N);
        }
    }
}
