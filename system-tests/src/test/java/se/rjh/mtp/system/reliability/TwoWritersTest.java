package se.rjh.mtp.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.api.cases.CaseNoteAdded;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.cases.CaseServiceApplication;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.system.InstanceTokenStore;
import se.rjh.mtp.system.SystemUnderTest.Service;
import se.rjh.mtp.system.auditor.EventAuditor;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Two instances of case-service write to one event store at the same time, each with commits of several events,
 * while the Kafka publisher (one segment) and the case list (two segments) of both share the work through token
 * claims. At the end every stored event is on the topic, the case list equals a rebuild by a single instance from a
 * copy of the store, and the auditor's own tool ({@link EventAuditor}) finds none missing, none extra and every hash
 * and link intact. Sizes: {@code -Dmtp.two-writers.events} (all writers together; 400 by default, to keep
 * {@code mvn verify} in its time budget) and {@code -Dmtp.two-writers.commit-size} (events per commit; 4).
 */
class TwoWritersTest {

    static final int EVENTS = Integer.getInteger("mtp.two-writers.events", 400);
    static final int COMMIT_SIZE = Integer.getInteger("mtp.two-writers.commit-size", 4);
    private static final String TOPIC = "mtp.cases.events";
    private static final String DATABASE = "mtp-cases";
    private static final String REBUILD_DATABASE = "mtp-cases-rebuild";
    private static final String PUBLISHER = "__axon-kafka-event-publishing-group";
    private static final String[] SHARED_WORK = {
            "--axon.eventhandling.processors.case-list.initial-segment-count=2",
            "--axon.eventhandling.processors.case-list.thread-count=1",
            "--mtp.cases.overdue-check-initial-delay=PT1H"};
    /** Instance name → the event ids its case-list processor handled, in order; a second handling stays visible. */
    static final Map<String, List<String>> HANDLED = new ConcurrentHashMap<>();

    @BeforeEach
    void forgetHandled() {
        HANDLED.clear();
    }

    @Test
    void everyEventOfTwoWritersIsPublishedOnceAndProjectedAsByOneInstance() {
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.startForTests();
             StartedService a = instance(infra, "A"); StartedService b = instance(infra, "B")) {
            List<String> written = writeConcurrently(a, b, () -> { });
            EventAuditor.Report report = settle(infra, written, "A", "B");
            assertThat(report.duplicates()).as("event ids on the topic more than once after a run without faults")
                    .isEmpty();
            assertThat(handledMoreThanOnce()).as("events the case-list processors handled twice").isEmpty();
            assertThat(HANDLED.get("A")).as("instance A's share of the case list").isNotEmpty();
            assertThat(HANDLED.get("B")).as("instance B's share of the case list").isNotEmpty();
            assertSameAsSingleInstanceRebuild(infra);
            assertTheAuditCatchesATamperedCopy(infra);
        }
    }

    @Test
    void thePublisherRestartedMidStreamSkipsNothing() {
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.startForTests();
             StartedService a = instance(infra, "A"); StartedService b = instance(infra, "B")) {
            List<String> written = writeConcurrently(a, b, () -> {
                for (StartedService instance : List.of(a, b)) {
                    EventProcessor publisher = instance.bean(EventProcessingConfiguration.class)
                            .eventProcessor(PUBLISHER).orElseThrow();
                    publisher.shutDown();
                    assertThat(publisher.isRunning()).as("publisher of " + instance.name() + " stopped").isFalse();
                    publisher.start();
                }
            });
            settle(infra, written, "A", "B");
            assertSameAsSingleInstanceRebuild(infra);
        }
    }

    /**
     * Instance B runs in a process of its own and takes intakes over HTTP; it is killed with SIGKILL halfway, with
     * requests in flight, and replaced by a new process, as an orchestrator would. Its claims expire; the work
     * continues. A repeated id on the topic is tolerated here, as long as the read model does not count it twice.
     */
    @Test
    void oneInstanceKilledHardLosesNothing() throws Exception {
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.startForTests();
             StartedService a = instance(infra, "A")) {
            int port = EmbeddedInfrastructure.freePort();
            String[] args = childArgs(infra);
            ChildProcess b = ChildProcess.start(CaseServiceApplication.class, port,
                    ChildProcess.logFile("two-writers-killed"), args);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            CountDownLatch halfway = new CountDownLatch(1);
            try {
                Future<List<String>> byA = pool.submit(() -> write(a.bean(EventStore.class), "A", EVENTS / 2, () -> { }));
                List<Future<List<String>>> byB = new ArrayList<>();
                AtomicInteger next = new AtomicInteger();
                for (int t = 0; t < 2; t++) {
                    byB.add(pool.submit(() -> intakesUntilRefused(b, EVENTS - EVENTS / 2, next, halfway)));
                }
                halfway.await();
                b.kill();
                List<String> acknowledged = new ArrayList<>();
                for (Future<List<String>> f : byB) {
                    acknowledged.addAll(f.get());
                }
                assertThat(acknowledged.size()).as("B was killed before it took every intake")
                        .isLessThan(EVENTS - EVENTS / 2);
                try (ChildProcess replacement = ChildProcess.start(CaseServiceApplication.class, port,
                        ChildProcess.logFile("two-writers-replacement"), args)) {
                    EventAuditor.Report report = settle(infra, byA.get());
                    assertThat(storedAggregates(infra)).as("every case B acknowledged (201) is stored")
                            .containsAll(acknowledged);
                    System.out.printf("Two writers, B killed: %d acknowledged by B before the kill, %d ids published "
                            + "twice%n", acknowledged.size(), report.duplicates().size());
                    assertSameAsSingleInstanceRebuild(infra);
                }
            } finally {
                pool.shutdownNow();
                b.close();
            }
        }
    }

    private static StartedService instance(EmbeddedInfrastructure infra, String name) {
        return Service.CASES.starter().with(CountingHandlerConfiguration.class, InstanceTokenStore.class)
                .args(SHARED_WORK).args(InstanceTokenStore.arg(name)).on(infra).start();
    }

    private static String[] childArgs(EmbeddedInfrastructure infra) {
        List<String> args = new ArrayList<>(List.of(SHARED_WORK));
        args.add("--mtp.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers());
        args.add("--mtp.mongo.uri=" + infra.mongoUri());
        return args.toArray(String[]::new);
    }

    /**
     * Both instances write half the events at once; when both are halfway, {@code fault} runs while they wait, and
     * then they write the rest. Returns the ids of every event written (each publish returned, so each is stored).
     */
    private static List<String> writeConcurrently(StartedService a, StartedService b, Runnable fault) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch halfway = new CountDownLatch(2);
        CountDownLatch resume = new CountDownLatch(1);
        Runnable atHalf = () -> {
            halfway.countDown();
            Await.interruptibly(resume::await);
        };
        try {
            Future<List<String>> byA = pool.submit(() -> write(a.bean(EventStore.class), "A", EVENTS / 2, atHalf));
            Future<List<String>> byB = pool.submit(() -> write(b.bean(EventStore.class), "B", EVENTS - EVENTS / 2, atHalf));
            Await.interruptibly(halfway::await);
            try {
                fault.run();
            } finally {
                resume.countDown();
            }
            List<String> written = new ArrayList<>(byA.get());
            written.addAll(byB.get());
            return written;
        } catch (Exception e) {
            throw new AssertionError("A writer failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@code count} events as commits of {@link #COMMIT_SIZE} events of one new case each: received, preparation
     * started (which the case list shows), then notes. {@code atHalf} runs once, after the commit that crosses half.
     */
    private static List<String> write(EventStore store, String writer, int count, Runnable atHalf) {
        List<String> ids = new ArrayList<>(count);
        boolean halfDone = false;
        while (ids.size() < count) {
            String caseId = UUID.randomUUID().toString();
            Map<String, String> meta = Map.of("actor", "registrator", "correlationId", caseId, "writer", writer);
            int size = Math.min(COMMIT_SIZE, count - ids.size());
            List<DomainEventMessage<?>> commit = new ArrayList<>(size);
            for (int seq = 0; seq < size; seq++) {
                commit.add(new GenericDomainEventMessage<>("Case", caseId, seq, event(caseId, seq, writer), meta));
            }
            store.publish(commit);
            commit.forEach(e -> ids.add(e.getIdentifier()));
            if (!halfDone && ids.size() >= count / 2) {
                halfDone = true;
                atHalf.run();
            }
        }
        return ids;
    }

    private static Object event(String caseId, int seq, String writer) {
        return switch (seq) {
            case 0 -> new CaseReceived(caseId, "Två skrivare " + writer, null, CaseType.OTHER, Channel.EMAIL,
                    new Submitter("Eva Ek", null, null), LocalDate.of(2026, 11, 20), null);
            case 1 -> new PreparationStarted(caseId, null, CaseType.OTHER, "handlaggare-" + writer,
                    LocalDate.of(2026, 11, 21));
            default -> new CaseNoteAdded(caseId, "note-" + seq, "Anteckning " + seq + " från " + writer);
        };
    }

    /** Intakes over HTTP until {@code count} are taken or the instance stops answering; the acknowledged ids. */
    private static List<String> intakesUntilRefused(ChildProcess instance, int count, AtomicInteger next,
                                                    CountDownLatch halfway) {
        List<String> acknowledged = new ArrayList<>();  // case ids
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            if (i == count / 2) {
                halfway.countDown();
            }
            TestHttp.Response response;
            try {
                response = TestHttp.post(instance.url("/api/cases"), "registrator", CaseEvents.intakeBody("Intag " + i));
            } catch (UncheckedIOException killed) {
                break;
            }
            if (response.status() != 201) {
                break;
            }
            acknowledged.add(response.json().get("id").asText());
        }
        halfway.countDown();
        return acknowledged;
    }

    /**
     * Waits until the topic holds every stored event and the case-list processors of {@code counting} (the instances
     * in this JVM, when all of them are) have handled them all, then holds the audit: the store has every written
     * event, and the topic every stored event and no other, with every hash and link recomputed from the records.
     */
    private static EventAuditor.Report settle(EmbeddedInfrastructure infra, Collection<String> written,
                                              String... counting) {
        EventAuditor.Report report = Await.value("every stored event on " + TOPIC, Duration.ofMinutes(10),
                () -> audit(infra), r -> r.missing().isEmpty() && r.storedEvents() >= written.size());
        Set<String> stored = storedIds(infra, DATABASE);
        if (counting.length > 0) {
            Await.until("the case list has handled every stored event", Duration.ofMinutes(10),
                    () -> handledBy(counting).containsAll(stored));
        }
        System.out.printf("Two writers (%d events, %d per commit): %s%n", EVENTS, COMMIT_SIZE, report.summary());
        assertThat(stored).as("every written event stored").containsAll(written);
        assertThat(report.missing()).as("stored events not on the topic").isEmpty();
        assertThat(report.extra()).as("events on the topic that the store does not hold").isEmpty();
        assertThat(report.mismatches()).as("hashes and links recomputed from the Kafka records").isEmpty();
        return report;
    }

    private static EventAuditor.Report audit(EmbeddedInfrastructure infra) {
        Await.pause(1000);
        return EventAuditor.audit(infra.mongoUri(), DATABASE, infra.kafkaBootstrapServers(), TOPIC);
    }

    /**
     * Copies the event store into a fresh database, lets one instance without a publisher build its case list from
     * it, and compares that case list with the one the two instances built together, document for document.
     */
    private static void assertSameAsSingleInstanceRebuild(EmbeddedInfrastructure infra) {
        try (MongoClient client = MongoClients.create(infra.mongoUri())) {
            MongoDatabase shared = client.getDatabase(DATABASE);
            List<Document> commits = shared.getCollection("events").find().into(new ArrayList<>());
            client.getDatabase(REBUILD_DATABASE).getCollection("events").insertMany(commits);
            Set<String> stored = storedIds(infra, DATABASE);
            try (StartedService rebuild = Service.CASES.starter()
                    .with(CountingHandlerConfiguration.class, InstanceTokenStore.class)
                    .args("--mtp.mongo.database=" + REBUILD_DATABASE, "--axon.kafka.publisher.enabled=false",
                            "--mtp.cases.overdue-check-initial-delay=PT1H", InstanceTokenStore.arg("rebuild"))
                    .on(infra).start()) {
                Await.until("the single instance has rebuilt the case list", Duration.ofMinutes(10),
                        () -> handledBy("rebuild").containsAll(stored));
            }
            List<Document> rebuilt = caseList(client.getDatabase(REBUILD_DATABASE));
            // The wait only bounds a hang (a killed instance's segment waits for its claim to expire); what it last
            // saw is the finding: the documents that differ.
            List<String> differences = Await.value("the shared case list to equal the rebuild", Duration.ofMinutes(5),
                    () -> differences(caseList(shared), rebuilt), List::isEmpty);
            System.out.printf("Case list: %d documents, identical to a single-instance rebuild%n", rebuilt.size());
            assertThat(differences).isEmpty();
        }
    }

    /** The first few case-list documents that differ between the two lists (both sorted by id), and the sizes. */
    private static List<String> differences(List<Document> together, List<Document> rebuilt) {
        List<String> differences = new ArrayList<>();
        if (together.size() != rebuilt.size()) {
            differences.add(together.size() + " documents against " + rebuilt.size() + " in the rebuild");
        }
        for (int i = 0; i < Math.min(together.size(), rebuilt.size()) && differences.size() < 5; i++) {
            if (!together.get(i).equals(rebuilt.get(i))) {
                differences.add(together.get(i).toJson() + " where the rebuild has " + rebuilt.get(i).toJson());
            }
        }
        return differences;
    }

    /**
     * The audit can fail: one record published once more, its headers intact and one letter of its payload changed,
     * is both a repeated id and a hash that does not recompute.
     */
    private static void assertTheAuditCatchesATamperedCopy(EmbeddedInfrastructure infra) {
        KafkaTopics topics = new KafkaTopics(infra.kafkaBootstrapServers());
        ConsumerRecord<String, byte[]> original = topics.readAll(TOPIC).stream()
                .filter(r -> KafkaTopics.header(r, KafkaTopics.MESSAGE_TYPE).endsWith("CaseReceived"))
                .findFirst().orElseThrow();
        String tampered = new String(original.value(), StandardCharsets.UTF_8).replace("Två skrivare", "Tre skrivare");
        topics.send(new ProducerRecord<>(TOPIC, original.partition(), original.key(),
                tampered.getBytes(StandardCharsets.UTF_8), original.headers()));
        String id = KafkaTopics.header(original, KafkaTopics.MESSAGE_ID);
        EventAuditor.Report report = EventAuditor.audit(infra.mongoUri(), DATABASE, infra.kafkaBootstrapServers(), TOPIC);
        System.out.println("After one tampered copy: " + report.summary());
        assertThat(report.duplicates()).as("ids on the topic more than once").containsOnlyKeys(id);
        assertThat(report.mismatches()).as("what the audit flags").isNotEmpty().allMatch(m -> m.contains(id));
    }

    private static List<Document> caseList(MongoDatabase database) {
        return database.getCollection("case_list").find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    private static Set<String> storedIds(EmbeddedInfrastructure infra, String database) {
        return storedField(infra, database, "id");
    }

    private static Set<String> storedAggregates(EmbeddedInfrastructure infra) {
        return storedField(infra, DATABASE, "a");
    }

    /** One field of every event in the store's commits: {@code id} (event id), {@code a} (aggregate id). */
    private static Set<String> storedField(EmbeddedInfrastructure infra, String database, String field) {
        Set<String> values = new HashSet<>();
        try (MongoClient client = MongoClients.create(infra.mongoUri())) {
            for (Document commit : client.getDatabase(database).getCollection("events").find()) {
                commit.getList("events", Document.class, List.of()).forEach(e -> values.add(e.getString(field)));
            }
        }
        return values;
    }

    private static Set<String> handledBy(String... instances) {
        Set<String> ids = new HashSet<>();
        for (String instance : instances) {
            ids.addAll(HANDLED.getOrDefault(instance, List.of()));
        }
        return ids;
    }

    private static Set<String> handledMoreThanOnce() {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        HANDLED.values().forEach(list -> list.forEach(id -> {
            if (!seen.add(id)) {
                twice.add(id);
            }
        }));
        return twice;
    }

    /** Adds the counting handler to one case-service instance. */
    @Configuration(proxyBeanMethods = false)
    static class CountingHandlerConfiguration {
        @Bean
        CountingHandler twoWritersCountingHandler(@Value("${" + InstanceTokenStore.PROPERTY + "}") String instance) {
            return new CountingHandler(HANDLED.computeIfAbsent(instance, k -> new CopyOnWriteArrayList<>()));
        }
    }

    /** In the case list's processing group, so under the same segments and claims as the real projection. */
    @ProcessingGroup("case-list")
    static class CountingHandler {
        private final Collection<String> handled;

        CountingHandler(Collection<String> handled) {
            this.handled = handled;
        }

        @EventHandler
        void on(Object event, @MessageIdentifier String eventId) {
            handled.add(eventId);
        }
    }
}
