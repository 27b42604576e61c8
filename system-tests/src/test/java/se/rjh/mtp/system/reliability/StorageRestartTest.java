package se.rjh.mtp.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.system.SystemUnderTest.Service.CASES;
import static se.rjh.mtp.system.SystemUnderTest.Service.REPORTING;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The MongoDB-wire server (file store) is stopped and started again while registrars keep submitting cases. While
 * it is away every refused request is a 503 problem with {@code Retry-After}; afterwards every acknowledged case is
 * there, is published once per event and reaches reporting: the publisher and the consumer went on from their
 * stored tokens.
 */
class StorageRestartTest {

    static final int CLIENTS = 4;
    /** Longer than the driver's 5 s server selection timeout, so that requests are refused while it is away. */
    static final long DOWN_MILLIS = 8000;

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.onFileStore(CASES, REPORTING);

    @Test
    void acknowledgedCommandsSurviveAStoreRestartAndRefusalsAre503() throws Exception {
        try (Stores stores = new Stores(system.infra().mongoUri())) {
            List<TestHttp.Response> responses = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread t = new Thread(() -> {
                    for (int i = 0; running.get(); i++) {
                        try {
                            responses.add(TestHttp.post(system.cases().url("/api/cases"), "registrator",
                                    CaseEvents.intakeBody("Under omstart " + client + "-" + i)));
                        } catch (RuntimeException e) {
                            // No answer at all (e.g. the client's 60 s timeout) counts as a failure, with status 0.
                            responses.add(new TestHttp.Response(0, "", null, e.toString()));
                        }
                    }
                }, "registrar-" + c);
                t.start();
                clients.add(t);
            }
            Await.until("some cases are in", Duration.ofSeconds(60), () -> countOk(responses, 0) >= 20);
            system.infra().mongo().stop();
            int beforeStop = responses.size();
            Await.pause(DOWN_MILLIS);
            system.infra().mongo().startServer();
            int duringDown = responses.size() - beforeStop;
            Await.until("cases are accepted again", Duration.ofSeconds(60),
                    () -> countOk(responses, beforeStop) >= 20);
            running.set(false);
            for (Thread t : clients) {
                t.join();
            }

            Map<Integer, Integer> byStatus = new TreeMap<>();
            responses.forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
            List<String> acknowledged = responses.stream().filter(r -> r.status() == 201)
                    .map(r -> r.json().get("id").asText()).toList();
            List<TestHttp.Response> refused = responses.stream().filter(r -> r.status() != 201).toList();
            System.out.printf("Store restart: %d requests (%d answered while down %d ms): %s%n",
                    responses.size(), duringDown, DOWN_MILLIS, byStatus);
            assertThat(byStatus).containsOnlyKeys(201, 503);
            assertThat(refused).isNotEmpty().allSatisfy(r -> {
                assertThat(r.header("Retry-After")).isNotBlank();
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.body()).doesNotContain("Exception", "\tat ");
            });

            for (String id : acknowledged) {
                assertThat(TestHttp.get(system.cases().url("/api/cases/" + id), "handlaggare").status()).as(id).isEqualTo(200);
            }
            Await.until("reporting has every acknowledged case", Duration.ofSeconds(90), () -> acknowledged.stream()
                    .allMatch(id -> TestHttp.get(system.reporting().url("/api/reports/cases/" + id), "revisor").status() == 200));
            List<Document> stored = stores.storedEvents("mtp-cases");
            Await.until("reporting has every stored event", Duration.ofSeconds(60),
                    () -> stores.audited("case-service") >= stored.size());
            List<ConsumerRecord<String, byte[]>> records = new KafkaTopics(system.infra().kafkaBootstrapServers()).readAll("mtp.cases.events");
            Set<String> published = new HashSet<>();
            records.forEach(r -> published.add(KafkaTopics.header(r, KafkaTopics.MESSAGE_ID)));
            Set<String> storedIds = new HashSet<>();
            stored.forEach(e -> storedIds.add(e.getString("id")));
            long audited = stores.audited("case-service");
            System.out.printf("Store restart: %d acknowledged, %d stored events, %d records on topic (%d distinct), "
                    + "%d audited%n", acknowledged.size(), stored.size(), records.size(), published.size(), audited);
            assertThat(storedIds).hasSizeGreaterThanOrEqualTo(acknowledged.size());
            assertThat(published).isEqualTo(storedIds);
            assertThat(audited).isEqualTo(stored.size());
            // Resumed from its token: what is published again is what the publisher had sent but not yet recorded when
            // the store went away (its lag at the fault, 0 to 25 events in CI runs), never the whole store from the
            // start, which is what a lost token would give.
            assertThat(records.size() - published.size()).isLessThan(stored.size());
        }
    }

    private static long countOk(List<TestHttp.Response> responses, int from) {
        synchronized (responses) {
            return responses.stream().skip(from).filter(r -> r.status() == 201).count();
        }
    }
}
