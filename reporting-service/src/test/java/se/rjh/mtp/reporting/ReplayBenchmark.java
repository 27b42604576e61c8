package se.rjh.mtp.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Prints how fast reporting-service takes in and replays a topic history; asserts nothing. Publishes
 * {@code -Dbench.events} (default 100000) events of {@link Scenario}s that share one yearly number series (a
 * long-lived aggregate), starts the service on them (live catch-up from offset 0), then runs
 * {@code POST /api/audit/replay} and compares the digests before and after. {@code -Dbench.store=memory} uses the
 * in-memory MongoDB-wire server instead of the H2 file store {@code ./mtp-local.sh} runs on.
 * <p>
 * Run: {@code mvn -B -o -q -pl reporting-service -am test-compile} then {@code java -cp <test classpath>
 * se.rjh.mtp.reporting.ReplayBenchmark} (the classpath from {@code dependency:build-classpath}).
 */
public final class ReplayBenchmark {

    private static final Duration LONG = Duration.ofMinutes(60);

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int target = Integer.getInteger("bench.events", 100_000);
        boolean memory = "memory".equals(System.getProperty("bench.store", "h2"));
        try (EmbeddedInfrastructure infra = memory ? EmbeddedInfrastructure.startForTests()
                : EmbeddedInfrastructure.startForTestsWithFileStore()) {
            Serializer serializer = EventFactory.platformLikeSerializer();
            int published = publish(infra, serializer, target);
            System.out.printf("published %d events (%s store); load %s%n", published, memory ? "memory" : "H2 file",
                    load());

            long started = System.nanoTime();
            try (StartedService service = StartedService.start(ReportingServiceApplication.class,
                    ReportingServiceApplication.NAME, infra)) {
                Generations generations = service.bean(Generations.class);
                Await.until("live catch-up", LONG, () -> {
                    Await.pause(250);
                    // The collection's count, not a counting query: that would scan and slow what is measured.
                    return generations.active(ReadModelWriter.AUDIT_LOG).estimatedDocumentCount() >= published;
                });
                double liveSeconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("live catch-up (service start included): %d events in %.1f s = %.0f events/s; "
                        + "load %s%n", published, liveSeconds, published / liveSeconds, load());

                JsonNode before = TestHttp.get(service.url("/api/audit/digests"), "revisor").json();
                long replayStarted = System.nanoTime();
                TestHttp.post(service.url("/api/audit/replay"), "admin");
                JsonNode done = Await.value("the replay", LONG, () -> {
                    Await.pause(500);
                    return TestHttp.get(service.url("/api/audit/replay"), "admin").json();
                }, s -> !"RUNNING".equals(s.get("state").asText()));
                double replaySeconds = (System.nanoTime() - replayStarted) / 1e9;
                System.out.printf("replay: %s, %d events, %.0f events/s as the service reports it, %.1f s wall "
                                + "(digests included); load %s%n", done.get("state").asText(),
                        done.get("processedEvents").asLong(), done.get("eventsPerSecond").asDouble(), replaySeconds,
                        load());
                System.out.printf("digests identical before/after replay: %s%n",
                        before.equals(done.get("digestsAfter")));
                before.fields().forEachRemaining(e -> System.out.printf("  %-18s %7d docs %s%n", e.getKey(),
                        e.getValue().get("documents").asInt(), e.getValue().get("sha256").asText().substring(0, 16)));
            }
        }
    }

    /** Whole scenarios until the target is reached; every scenario takes its diarienummer from one series. */
    private static int publish(EmbeddedInfrastructure infra, Serializer serializer, int target) throws Exception {
        EventFactory factory = new EventFactory(serializer);
        DefaultKafkaMessageConverter converter = DefaultKafkaMessageConverter.builder().serializer(serializer).build();
        int count = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; count < target; i++) {
                List<DomainEventMessage<?>> events = new ArrayList<>(
                        new Scenario(factory, "b" + i, "case-number-series-2026").events);
                for (DomainEventMessage<?> event : events) {
                    String type = event.getPayloadType().getName();
                    String topic = type.contains(".groups.") ? "mtp.groups.events"
                            : type.contains(".guidelines.") ? "mtp.guidelines.events" : "mtp.cases.events";
                    producer.send(converter.createKafkaMessage(event, topic));
                    count++;
                }
            }
            producer.flush();
        }
        return count;
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
