package se.rjh.mtp.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.bson.Document;
import se.rjh.mtp.platform.eventstore.MongoCommitEventStorageEngine;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Event-store benchmark. Run (see BENCHMARKS.md): {@code mtp-benchmarks/run-benchmark.sh [--quick]}.
 * Every rate is compared with raw-driver baselines measured in the same run on the same server.
 */
public final class EventStoreBenchmark {

    private static final Report REPORT = new Report();
    private static final int COMMAND_AGGREGATES = 1000;

    private EventStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        int[] sizes = quick ? new int[]{10_000, 100_000} : new int[]{10_000, 100_000, 1_000_000};
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();

        try (BenchServer server = BenchServer.memory()) {
            Baselines.Rates base = baselines(server, quick ? 50_000 : 100_000);
            appendRates(server, base, quick ? 10_000 : 20_000);
            commands(server);
            scaleAndReplay(server, sizes, base);
            loadTimes(server);
            System.gc();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            REPORT.add("jvm", "heap used before", heapBefore / 1e6, "MB", "");
            REPORT.add("jvm", "heap used after (store still in memory)", heapAfter / 1e6, "MB", "");
        }
        try (BenchServer h2 = BenchServer.h2File(new File("target/bench-h2.mv"))) {
            Baselines.Rates base = baselines(h2, 10_000);
            appendRates(h2, base, 3_000);
        }
        REPORT.write(Path.of("target/benchmark-results.md"), "# Event store benchmark (" + (quick ? "quick" : "full")
                + " mode, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ")");
    }

    private static Baselines.Rates baselines(BenchServer server, int docs) {
        Baselines.measure(server.db("warmup"), Math.min(docs, 20_000));
        Baselines.Rates rates = Baselines.measure(server.db("baseline"), docs);
        REPORT.add(server.backend, "raw insertMany (batches of 1000, 300 B)", rates.insertMany(), "docs/s", "");
        REPORT.add(server.backend, "raw insertOne (300 B)", rates.insertOne(), "docs/s", "");
        REPORT.add(server.backend, "raw find _id $in (batches of 500)", rates.inRead(), "docs/s", "");
        return rates;
    }

    private static void appendRates(BenchServer server, Baselines.Rates base, int events) {
        MongoCommitEventStorageEngine engine = server.engine("append", 100);
        append(engine, "warm", 1, Math.min(events, 5_000), 1000);
        appendConcurrently(engine, "warm4-", 4, Math.min(events, 4_000));
        double single = 0;
        for (int commitSize : new int[]{1, 10}) {
            double rate = append(engine, "c" + commitSize + "-", commitSize, events, 1000);
            single = commitSize == 1 ? rate : single;
            REPORT.add(server.backend, "engine append, " + commitSize + "-event commits", rate, "events/s",
                       String.format("%.0f %% of insertMany, %.0f %% of insertOne", 100 * rate / base.insertMany(),
                                     100 * rate / base.insertOne()));
            if (server.backend.equals("memory")) {
                REPORT.target("append " + commitSize + "-event commits / raw insertMany", rate / base.insertMany(),
                              ">=", 0.5, rate / base.insertMany() >= 0.5);
            }
        }
        // Group commit only helps when appends overlap: 4 writers, each to its own 250 aggregates.
        double concurrent = appendConcurrently(engine, "w4-", 4, events);
        REPORT.add(server.backend, "engine append, 1-event commits, 4 concurrent writers", concurrent, "events/s",
                   String.format("%.0f %% of insertMany, %.0f %% of insertOne, %.1fx 1 writer",
                                 100 * concurrent / base.insertMany(), 100 * concurrent / base.insertOne(),
                                 concurrent / single));
        if (server.backend.equals("memory")) {
            REPORT.target("append 1-event commits, 4 writers / raw insertMany", concurrent / base.insertMany(),
                          ">=", 0.5, concurrent / base.insertMany() >= 0.5);
        }
    }

    /** {@code writers} threads each append {@code events / writers} 1-event commits; returns events per second. */
    private static double appendConcurrently(MongoCommitEventStorageEngine engine, String prefix, int writers,
                                             int events) {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String writerPrefix = prefix + w + "-";
            futures.add(pool.submit(() -> {
                start.await();
                append(engine, writerPrefix, 1, events / writers, 1000 / writers);
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        return (events / writers) * writers / Baselines.seconds(t0);
    }

    /** Appends commits of {@code commitSize} events to {@code aggregates} round-robin; returns events per second. */
    private static double append(MongoCommitEventStorageEngine engine, String prefix, int commitSize, int events,
                                 int aggregates) {
        long[] next = new long[aggregates];
        long t0 = System.nanoTime();
        for (int done = 0, commit = 0; done < events; done += commitSize, commit++) {
            int agg = commit % aggregates;
            List<DomainEventMessage<?>> batch = new ArrayList<>(commitSize);
            for (int i = 0; i < commitSize; i++) {
                long seq = next[agg]++;
                batch.add(new GenericDomainEventMessage<>("Counter", prefix + agg, seq,
                                                          new Counter.Incremented(prefix + agg, seq, Counter.PADDING)));
            }
            engine.appendEvents(batch);
        }
        return events / Baselines.seconds(t0);
    }

    private static void commands(BenchServer server) throws Exception {
        try (CommandRig rig = warmCommandRig(server)) {
            for (int threads : new int[]{1, 4}) {
                double rate = rig.increments("c", COMMAND_AGGREGATES, 6000, threads);
                REPORT.add(server.backend, "commands, " + threads + " client thread(s), 1,000 aggregates", rate,
                           "commands/s", "load + handle + append, round-robin");
                if (threads == 4) {
                    REPORT.target("4-thread commands/s (memory)", rate, ">=", 1000, rate >= 1000);
                }
            }
        }
    }

    /** The command measurement's rig: 1,000 aggregates created, then 3,000 commands on 4 threads to warm up. */
    private static CommandRig warmCommandRig(BenchServer server) throws Exception {
        CommandRig rig = new CommandRig(server.engine("commands", 100));
        rig.create("c", COMMAND_AGGREGATES);
        rig.increments("c", COMMAND_AGGREGATES, 3000, 4);
        return rig;
    }

    /**
     * The benchmark's 4-thread commands/s (memory backend) alone, measured for about {@code measure} after the same
     * warm-up: the yardstick the load driver's {@code --engine-baseline} divides the whole system's req/s by.
     */
    public static double quickCommandRate(Duration measure) throws Exception {
        try (BenchServer server = BenchServer.memory(); CommandRig rig = warmCommandRig(server)) {
            long t0 = System.nanoTime();
            long commands = 0;
            while (System.nanoTime() - t0 < measure.toNanos()) {
                rig.increments("c", COMMAND_AGGREGATES, 2000, 4);
                commands += 2000;
            }
            return commands / Baselines.seconds(t0);
        }
    }

    private static void scaleAndReplay(BenchServer server, int[] sizes, Baselines.Rates base) throws Exception {
        MongoCommitEventStorageEngine engine = server.engine("scale", 100);
        double firstCost = 0;
        long stored = 0;
        try (CommandRig rig = new CommandRig(engine)) {
            rig.create("warm", 200);
            rig.increments("warm", 200, 3000, 1);
            for (int size : sizes) {
                long t0 = System.nanoTime();
                long added = prefill(engine, size - stored, stored);
                stored += added;
                REPORT.add(server.backend, "prefill to " + size + " events via engine (10-event commits)",
                           added / Baselines.seconds(t0), "events/s", "");
                String prefix = "probe" + size + "-";
                rig.create(prefix, 200);
                double perCommandMicros = 1e6 / rig.increments(prefix, 200, 3000, 1);
                REPORT.add(server.backend, "per-command cost at " + size + " stored events", perCommandMicros, "µs",
                           "1 thread");
                if (firstCost == 0) {
                    firstCost = perCommandMicros;
                } else {
                    REPORT.target("per-command cost " + size + " vs " + sizes[0], perCommandMicros / firstCost,
                                  "<=", 1.5, perCommandMicros / firstCost <= 1.5);
                }
            }
        }
        replay(server, base);
    }

    private static long prefill(MongoCommitEventStorageEngine engine, long events, long offset) {
        long commits = events / 10;
        for (long c = 0; c < commits; c++) {
            String id = "fill-" + (offset / 10 + c);
            List<DomainEventMessage<?>> batch = new ArrayList<>(10);
            for (int seq = 0; seq < 10; seq++) {
                batch.add(new GenericDomainEventMessage<>("Counter", id, seq,
                                                          new Counter.Incremented(id, seq, Counter.PADDING)));
            }
            engine.appendEvents(batch);
        }
        return commits * 10;
    }

    private static void replay(BenchServer server, Baselines.Rates base) {
        MongoCommitEventStorageEngine engine = server.engine("scale", 1000);
        long t0 = System.nanoTime();
        long[] count = {0};
        engine.readEvents(null, false).forEach(e -> {
            e.getPayload();
            count[0]++;
        });
        double rate = count[0] / Baselines.seconds(t0);
        REPORT.add(server.backend, "replay from tail over " + count[0] + " events (payload deserialized)", rate,
                   "events/s", "engine batchSize 1000");

        MongoCollection<Document> events = server.db("scale").getCollection("events");
        long reserved = ((Number) server.db("scale").getCollection("event_sequence")
                                        .find(Filters.eq("_id", "global")).first().get("value")).longValue();
        t0 = System.nanoTime();
        long docs = Baselines.readByIdIn(events, reserved);
        double rawSameStore = docs / Baselines.seconds(t0);
        REPORT.add(server.backend, "raw _id $in over the same events collection", rawSameStore, "docs/s",
                   docs + " commit docs");
        REPORT.target("replay events/s / raw $in docs/s (300 B docs)", rate / base.inRead(), ">=", 0.5,
                      rate / base.inRead() >= 0.5);
        REPORT.target("replay events/s", rate, ">=", 10_000, rate >= 10_000);
    }

    private static void loadTimes(BenchServer server) {
        MongoCommitEventStorageEngine engine = server.engine("load", 100);
        for (int c = 0; c < 100; c++) {
            List<DomainEventMessage<?>> batch = new ArrayList<>(10);
            for (int i = 0; i < 10; i++) {
                long seq = c * 10L + i;
                batch.add(new GenericDomainEventMessage<>("Counter", "big", seq,
                                                          new Counter.Incremented("big", seq, Counter.PADDING)));
            }
            engine.appendEvents(batch);
        }
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        REPORT.add(server.backend, "load 1,000-event aggregate, no snapshot", loadMillis(store), "ms",
                   "EventStore.readEvents, payloads deserialized");
        engine.storeSnapshot(new GenericDomainEventMessage<>("Counter", "big", 999,
                                                             new Counter.Incremented("big", 999, Counter.PADDING)));
        double withSnapshot = loadMillis(store);
        REPORT.add(server.backend, "load 1,000-event aggregate, snapshot at 999", withSnapshot, "ms", "");
        REPORT.target("snapshot load ms", withSnapshot, "<=", 5, withSnapshot <= 5);
        store.shutDown();
    }

    private static double loadMillis(EmbeddedEventStore store) {
        for (int i = 0; i < 20; i++) {
            consume(store.readEvents("big"));
        }
        int rounds = 50;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            consume(store.readEvents("big"));
        }
        return Baselines.seconds(t0) * 1000 / rounds;
    }

    private static void consume(DomainEventStream stream) {
        while (stream.hasNext()) {
            stream.next().getPayload();
        }
    }
}
