package se.rjh.mtp.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * case-service runs as its own process and is killed with SIGKILL right after its last acknowledged command, before
 * its publisher could catch up. After a restart every stored event is on Kafka: the event store is the outbox.
 */
class ServiceKilledAfterCommitTest {

    static final int COMMANDS = 200;

    @Test
    void everyStoredEventIsPublishedAfterAKill() {
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.startForTests();
             Stores stores = new Stores(infra.mongoUri())) {
            int port = EmbeddedInfrastructure.freePort();
            String[] args = {"--mtp.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                    "--mtp.mongo.uri=" + infra.mongoUri()};
            List<Integer> statuses;
            try (ChildProcess first = ChildProcess.start(CaseServiceApplication.class, port,
                    ChildProcess.logFile("killed-case-service"), args)) {
                statuses = Load.parallel(COMMANDS, 8, new AtomicInteger(), i -> TestHttp.post(first.url("/api/cases"),
                        "registrator", CaseEvents.intakeBody("Före kill " + i)).status());
                first.kill();
            }
            assertThat(statuses).hasSize(COMMANDS).allMatch(s -> s == 201);
            List<Document> stored = stores.storedEvents("mtp-cases");
            Set<String> storedIds = new HashSet<>();
            stored.forEach(e -> storedIds.add(e.getString("id")));
            int publishedAtKill = published(infra).size();

            try (ChildProcess second = ChildProcess.start(CaseServiceApplication.class, port,
                    ChildProcess.logFile("restarted-case-service"), args)) {
                Await.until("every stored event is on the topic", Duration.ofSeconds(60),
                        () -> published(infra).containsAll(storedIds));
                List<ConsumerRecord<String, byte[]>> records = new KafkaTopics(infra.kafkaBootstrapServers()).readAll("mtp.cases.events");
                Set<String> published = published(infra);
                System.out.printf("StartedService killed after commit: %d acknowledged, %d stored, %d published before the "
                                + "kill, %d records after restart (%d distinct, %d published twice)%n", COMMANDS,
                        stored.size(), publishedAtKill, records.size(), published.size(), records.size() - published.size());
                assertThat(stored).hasSize(COMMANDS);
                assertThat(published).isEqualTo(storedIds);
            }
        }
    }

    private static Set<String> published(EmbeddedInfrastructure infra) {
        Set<String> ids = new HashSet<>();
        new KafkaTopics(infra.kafkaBootstrapServers()).readAll("mtp.cases.events")
                .forEach(r -> ids.add(KafkaTopics.header(r, KafkaTopics.MESSAGE_ID)));
        return ids;
    }
}
