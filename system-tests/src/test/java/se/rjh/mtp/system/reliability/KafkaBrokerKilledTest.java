package se.rjh.mtp.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.local.EmbeddedMongo;
import se.rjh.mtp.system.SystemUnderTest.Service;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * N events go through case-service while the broker is killed under them and started again. The broker runs in a
 * JVM of its own ({@link BrokerProcess}) and dies by SIGKILL: no log flush, no controlled shutdown, connections
 * cut by the kernel. While it is down, case-service keeps accepting commands (its outbox is the event store); the
 * publisher and reporting's consumer wait and resume once it is back on the same port with the same log
 * directory. Every stored event then reaches the topic and reporting-service, with exactly one effect.
 */
class KafkaBrokerKilledTest {

    /**
     * The recorded run uses -Dmtp.faults.events=10000; the default keeps the class near a minute in
     * {@code mvn verify}. A third of the events (at most 200) are intakes over HTTP, sent while the broker is down.
     */
    static final int N = Integer.getInteger("mtp.faults.events", 600);
    static final int HTTP_EVENTS = 200;
    static final String TOPIC = "mtp.cases.events";

    private static EmbeddedMongo mongo;
    private static Broker broker;
    private static StartedService cases;
    private static StartedService reporting;

    @BeforeAll
    static void start() throws IOException {
        mongo = EmbeddedMongo.start(null, EmbeddedInfrastructure.freePort());
        broker = new Broker(Files.createTempDirectory("mtp-killed-kafka"), EmbeddedInfrastructure.freePort(),
                EmbeddedInfrastructure.freePort());
        broker.start();
        String[] infrastructure = {"--mtp.kafka.bootstrap-servers=" + broker.bootstrapServers(), "--mtp.mongo.uri=" + mongo.uri()};
        cases = Service.CASES.starter().args(infrastructure).start();
        reporting = Service.REPORTING.starter().args(infrastructure).start();
    }

    @AfterAll
    static void stop() {
        StartedService.closeAll(reporting, cases, broker, mongo);
    }

    @Test
    void everyEventReachesReportingOnceAfterTheBrokerWasKilled() throws Exception {
        try (Stores stores = new Stores(mongo.uri())) {
            long started = System.nanoTime();
            int viaHttp = Math.min(HTTP_EVENTS, N / 3);
            int beforeKill = (N - viaHttp) / 2;
            CountDownLatch down = new CountDownLatch(1);
            CountDownLatch sentWhileDown = new CountDownLatch(1);
            // The kill waits until reporting has half of what was sent before it: publisher and consumer mid-stream.
            FutureTask<Outage> fault = new FutureTask<>(() -> killAndRestart(stores, Math.max(1, beforeKill / 2), down,
                    sentWhileDown));
            Thread breaker = new Thread(fault, "broker-breaker");
            breaker.start();
            EventStore store = cases.bean(EventStore.class);
            List<TestHttp.Response> responses;
            try {
                CaseEvents.receive(store, beforeKill, 100, () -> Await.pause(20));
                Await.until("the broker was killed", Duration.ofMinutes(5), () -> down.getCount() == 0 || fault.isDone());
                if (fault.isDone()) {
                    outcome(fault);
                }
                responses = Load.parallel(viaHttp, 8, new AtomicInteger(),
                        i -> TestHttp.post(cases.url("/api/cases"), "registrator", CaseEvents.intakeBody("Händelse " + i)));
                CaseEvents.receive(store, N - viaHttp - beforeKill, 100, () -> Await.pause(20));
                sentWhileDown.countDown();
            } finally {
                // A failure above must not leave the breaker waiting; a failure of its own surfaces below.
                sentWhileDown.countDown();
                if (down.getCount() > 0) {
                    fault.cancel(true);
                }
                breaker.join();
            }
            Outage outage = outcome(fault);
            long sentMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(responses).as("intakes over HTTP while the broker was down").hasSize(viaHttp)
                    .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
            assertThat(outage.exitValue()).as("the broker died by SIGKILL (128 + 9)").isEqualTo(137);
            assertThat(outage.acceptedConnectionsWhileDown()).as("a TCP connection to the broker while down").isFalse();
            assertThat(outage.answeredWhileDown()).as("a metadata request to the broker while down").isFalse();
            assertThat(outage.auditedAtKill()).as("events in reporting when the broker was killed").isLessThan(N);

            // The audit records of a batch are written before its case rows: wait for both.
            Await.until("reporting has every event", Duration.ofMinutes(5), () -> stores.audited("case-service") >= N
                    && TestHttp.get(reporting.url("/api/reports/pipeline"), "revisor").json().get("total")
                    .asInt() >= N);
            long deliveredMillis = (System.nanoTime() - started) / 1_000_000;
            List<ConsumerRecord<String, byte[]>> records = new KafkaTopics(broker.bootstrapServers()).readAll(TOPIC);
            Set<String> onTopic = new HashSet<>();
            records.forEach(r -> onTopic.add(KafkaTopics.header(r, KafkaTopics.MESSAGE_ID)));
            Set<String> stored = new HashSet<>();
            stores.storedEvents("mtp-cases").forEach(e -> stored.add(e.getString("id")));
            long audited = stores.audited("case-service");
            int pipelineTotal = TestHttp.get(reporting.url("/api/reports/pipeline"), "revisor").json().get("total").asInt();
            System.out.printf("Broker killed: N=%d (%d over HTTP while down) sent in %d ms; SIGKILL at %d audited, down %d ms; "
                            + "stored %d, on topic %d records (%d distinct events, %d redelivered), audited %d, pipeline "
                            + "rows %d, all in after %d ms; load average %s%n",
                    N, viaHttp, sentMillis, outage.auditedAtKill(), outage.downMillis(), stored.size(), records.size(),
                    onTopic.size(), records.size() - onTopic.size(), audited, pipelineTotal, deliveredMillis, loadAverage());
            assertThat(stored).hasSize(N);
            assertThat(onTopic).as("event ids on the topic: every stored event, nothing else").isEqualTo(stored);
            // A redelivered record is tolerated; an event counted twice in a read model is not.
            assertThat(audited).as("audit records, one per event").isEqualTo(N);
            assertThat(pipelineTotal).as("case rows, one per case").isEqualTo(N);
        }
    }

    /** What the breaker saw: the broker's exit status, whether it answered while down, and when it went down. */
    record Outage(int exitValue, boolean acceptedConnectionsWhileDown, boolean answeredWhileDown, long auditedAtKill,
                  long downMillis) {
    }

    private static Outage killAndRestart(Stores stores, long auditedBeforeKill, CountDownLatch down,
                                         CountDownLatch sentWhileDown) {
        Await.until(auditedBeforeKill + " events in reporting", Duration.ofMinutes(5),
                () -> stores.auditedTotal() >= auditedBeforeKill);
        long auditedAtKill = stores.auditedTotal();
        long downAt = System.nanoTime();
        int exitValue = broker.kill();
        boolean connects = broker.acceptsConnections();
        boolean answers = broker.answers();
        down.countDown();
        Await.interruptibly(sentWhileDown::await);
        broker.start();
        return new Outage(exitValue, connects, answers, auditedAtKill, (System.nanoTime() - downAt) / 1_000_000);
    }

    /** The fault thread's result; its failure fails the test. */
    private static Outage outcome(FutureTask<Outage> fault) throws InterruptedException {
        try {
            return fault.get();
        } catch (ExecutionException e) {
            throw new AssertionError("The broker-breaker thread failed", e.getCause());
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The broker in a child JVM; always the same ports and log directory, so a restart finds its data. */
    static final class Broker implements AutoCloseable {
        private final Path logDir;
        private final int port;
        private final int controllerPort;
        private ChildProcess process;

        Broker(Path logDir, int port, int controllerPort) {
            this.logDir = logDir;
            this.port = port;
            this.controllerPort = controllerPort;
        }

        String bootstrapServers() {
            return "127.0.0.1:" + port;
        }

        void start() {
            process = ChildProcess.start(BrokerProcess.class, ChildProcess.logFile("killed-broker"),
                    "the broker at " + bootstrapServers() + " serves the event topics", this::answers,
                    logDir.toString(), String.valueOf(port), String.valueOf(controllerPort));
        }

        /** SIGKILL; returns the exit status. */
        int kill() {
            process.kill();
            return process.exitValue();
        }

        boolean acceptsConnections() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        /** A metadata round trip: the broker lists the event topics. */
        boolean answers() {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                return admin.listTopics().names().get(3, TimeUnit.SECONDS).containsAll(EmbeddedInfrastructure.EVENT_TOPICS);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        @Override
        public void close() {
            if (process != null) {
                process.close();
            }
        }
    }
}
