package se.rjh.mtp.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.messaging.Headers;
import org.bson.Document;
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
 * Run: {@code mtp-benchmarks/run-replay-benchmark.sh [events] [memory|h2] [jfr]}.
 */
public final class ReplayBenchmark {

    private static final Duration LONG = Duration.ofMinutes(60);
    private static final long SCENARIO_HOURS = 20;
    /** The live consumer is taken as done when its audit log has not grown for this long. */
    private static final Duration STALLED = Duration.ofSeconds(20);

    private ReplayBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run();
        } catch (Exception | LinkageError e) {
            // Printed here: the exit below would otherwise end the JVM before the failure is shown.
            e.printStackTrace();
            status = 1;
        }
        // The embedded broker and server leave threads behind that would keep the JVM alive.
        System.exit(status);
    }

    private static void run() throws Exception {
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
                long[] last = {-1, System.nanoTime()};
                Await.until("live catch-up", LONG, () -> {
                    Await.pause(250);
                    // The collection's count, not a counting query: that would scan and slow what is measured.
                    long audited = generations.active(ReadModelWriter.AUDIT_LOG).estimatedDocumentCount();
                    if (audited != last[0]) {
                        last[0] = audited;
                        last[1] = System.nanoTime();
                    }
                    return audited >= published || System.nanoTime() - last[1] > STALLED.toNanos();
                });
                double liveSeconds = (last[1] - started) / 1e9;
                System.out.printf("live catch-up (service start included): %d of %d events in %.1f s = %.0f events/s; "
                        + "load %s%n", last[0], published, liveSeconds, last[0] / liveSeconds, load());
                if (last[0] < published) {
                    printMissing(infra, generations.active(ReadModelWriter.AUDIT_LOG));
                }

                JsonNode before = TestHttp.get(service.url("/api/audit/digests"), "revisor").json();
                JsonNode first = replay(service);
                JsonNode second = replay(service);
                System.out.printf("digests: live = after replay %s; after replay 1 = after replay 2 %s%n",
                        before.equals(first.get("digestsAfter")),
                        first.get("digestsAfter").equals(second.get("digestsAfter")));
                second.get("digestsAfter").fields().forEachRemaining(e -> System.out.printf("  %-18s %7d docs %s%n",
                        e.getKey(), e.getValue().get("documents").asInt(),
                        e.getValue().get("sha256").asText().substring(0, 16)));
            }
        }
    }

    /**
     * Names every record on the topics whose event the live audit log lacks, with its place and whether a record of
     * another topic has the same partition, offset and timestamp.
     */
    private static void printMissing(EmbeddedInfrastructure infra, MongoCollection<Document> auditLog) {
        Set<String> audited = auditLog.find().projection(Projections.include("_id"))
                .map(d -> d.getString("_id")).into(new HashSet<>());
        Map<String, List<String>> places = new HashMap<>();
        List<ConsumerRecord<String, byte[]>> missing = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of("mtp.cases.events", "mtp.groups.events", "mtp.guidelines.events")) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    places.computeIfAbsent(place(r), k -> new ArrayList<>()).add(r.topic());
                    if (!audited.contains(header(r, Headers.MESSAGE_ID))) {
                        missing.add(r);
                    }
                }
            }
        }
        System.out.printf("missing from the live audit log: %d%n", missing.size());
        missing.forEach(r -> System.out.printf("  %s %s %s-%d@%d ts %d; topics with a record at this "
                        + "partition, offset and ts: %s%n", header(r, Headers.MESSAGE_ID), header(r, Headers.MESSAGE_TYPE),
                r.topic(), r.partition(), r.offset(), r.timestamp(), places.get(place(r))));
    }

    private static String place(ConsumerRecord<String, byte[]> record) {
        return record.partition() + "/" + record.offset() + "/" + record.timestamp();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * One replay; prints its rate as the service reports it and the CPU time this JVM (Kafka, MongoDB-wire server
     * and service together, as {@code ./mtp-local.sh} runs them) spent on it.
     */
    private static JsonNode replay(StartedService service) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        long startedAt = System.currentTimeMillis();
        TestHttp.post(service.url("/api/audit/replay"), "admin");
        JsonNode done = Await.value("the replay", LONG, () -> {
            Await.pause(500);
            return TestHttp.get(service.url("/api/audit/replay"), "admin").json();
        }, s -> !"RUNNING".equals(s.get("state").asText()));
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        long events = done.get("processedEvents").asLong();
        System.out.printf("replay: %s, %d events, %.0f events/s as the service reports it, %.1f s wall (digests "
                        + "included); %.1f CPU-s = %.0f events per CPU-second; load %s; window for "
                        + "run-jfr-shares.sh: --from %d --to %d%n", done.get("state").asText(),
                events, done.get("eventsPerSecond").asDouble(), seconds, cpu, events / cpu, load(), startedAt,
                System.currentTimeMillis());
        return done;
    }

    /**
     * Whole scenarios until the target is reached; every scenario takes its diarienummer from one series. Each starts
     * after the one before ended: event times grow along every partition, as the event stores publish them.
     */
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
                        new Scenario(factory, "b" + i, "case-number-series-2026",
                        Scenario.START.plus(Duration.ofHours(SCENARIO_HOURS * i))).events);
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
