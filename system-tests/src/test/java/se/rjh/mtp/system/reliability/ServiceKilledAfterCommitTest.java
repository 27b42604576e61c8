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
                statuses = Load.parallel(COMMANDS, 8, new AtomicInteger(), i -> Rest.post(first.url("/api/cases"),
                        "registrator", Rest.caseBody("Före kill " + i)).status());
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
                List<ConsumerRecord<String, byte[]>> records = Topics.readAll(infra.kafkaBootstrapServers(), "mtp.cases.events");
                Set<String> published = published(infra);
                System.out.printf("Service killed after commit: %d acknowledged, %d stored, %d published before the "
                                + "kill, %d records after restart (%d distinct, %d published twice)%n", COMMANDS,
                        stored.size(), publishedAtKill, records.size(), published.size(), records.size() - published.size());
                assertThat(stored).hasSize(COMMANDS);
                assertThat(published).isEqualTo(storedIds);
            }
        }
    }

    private static Set<String> published(EmbeddedInfrastructure infra) {
        Set<String> ids = new HashSet<>();
        Topics.readAll(infra.kafkaBootstrapServers(), "mtp.cases.events")
                .forEach(r -> ids.add(Topics.header(r, Topics.MESSAGE_ID)));
        return ids;
    }
}
