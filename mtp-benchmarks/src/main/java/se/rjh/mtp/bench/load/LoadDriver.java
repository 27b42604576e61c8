package se.rjh.mtp.bench.load;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Load driver: an open-loop schedule of mixed commands and queries across the four services at a fixed rate, then
 * latency per endpoint, errors, command-to-read-model lag and heap before/after. Run with
 * {@code mtp-benchmarks/run-load.sh --rate 200 --duration 10m} (see BENCHMARKS.md, section "Load").
 */
public final class LoadDriver {

    private final LoadOptions options;
    private final LongAdder driverFailures = new LongAdder();
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLong maxInFlight = new AtomicLong();
    private final List<String> progress = new ArrayList<>();

    private LoadDriver(LoadOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        new LoadDriver(options).run();
        System.exit(0); // Kafka and Tomcat leave non-daemon threads behind
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        EmbeddedSystem system = null;
        Targets urls = options.urls();
        if (urls == null) {
            System.out.println("Starting Kafka, the MongoDB-wire server and the four services in this JVM ...");
            system = new EmbeddedSystem();
            urls = system.urls();
        }
        // the probe has its own connections, so its polls do not queue behind the load
        try (Client client = new Client(options.connections()); Client probeClient = new Client(8);
             LagProbe lag = new LagProbe(probeClient, urls.reporting())) {
            awaitReady(client, urls);
            System.out.printf("System ready in %d s: %s%n", Duration.between(started, Instant.now()).toSeconds(),
                              urls);
            Stats stats = new Stats();
            Workload workload = new Workload(urls, client, stats, lag, options.lagSample(), options.seed());
            HeapProbe heap = new HeapProbe(client, options.urls());

            System.out.printf("Warm-up: %s at %.0f req/s (not recorded)%n", options.warmup(), options.rate());
            drive(workload, options.warmup(), false);
            awaitIdle(Duration.ofSeconds(60));
            Map<String, Double> heapBefore = heap.measure();
            String loadBefore = LoadReport.loadAverage();

            System.out.printf("Measuring: %s at %.0f req/s, load average %s%n", options.duration(), options.rate(),
                              loadBefore);
            stats.recording(true);
            long t0 = System.nanoTime();
            long scheduled = drive(workload, options.duration(), true);
            awaitIdle(Duration.ofSeconds(120));
            double elapsed = (System.nanoTime() - t0) / 1e9;
            stats.recording(false);
            long unanswered = inFlight.get();
            lag.drain(130_000);
            Map<String, Double> heapAfter = heap.measure();

            LoadReport report = new LoadReport(options, stats, lag, scheduled, elapsed, driverFailures.sum() + unanswered,
                                               maxInFlight.get(), heapBefore, heapAfter, loadBefore,
                                               LoadReport.loadAverage(), progress, system != null);
            String markdown = report.render();
            System.out.println(markdown);
            Files.createDirectories(options.output().toAbsolutePath().getParent());
            Files.writeString(options.output(), markdown);
            System.out.println("Written " + options.output().toAbsolutePath());
        } finally {
            if (system != null) {
                system.close();
            }
        }
    }

    /** Fires one request per slot of 1/rate seconds; never waits for answers. Returns the number of slots. */
    private long drive(Workload workload, Duration duration, boolean measured) {
        long interval = (long) (1e9 / options.rate());
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long nextProgress = start + 60_000_000_000L;
        long slots = 0;
        for (long at = start; at < end; at = start + (++slots) * interval) {
            long wait = at - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(measured ? now : 0, Math::max);
            try {
                workload.fire(at, measured).whenComplete((ok, failure) -> finished(failure));
            } catch (RuntimeException e) {
                finished(e);
            }
            if (measured && System.nanoTime() >= nextProgress) {
                nextProgress += 60_000_000_000L;
                String line = String.format("%3d s: %d requests sent, %d in flight, heap after last GC %.0f MB, "
                                            + "load average %s", (System.nanoTime() - start) / 1_000_000_000L,
                                            slots + 1, inFlight.get(), HeapProbe.afterLastCollectionMb(),
                                            LoadReport.loadAverage());
                progress.add(line);
                System.out.println(line);
            }
        }
        return slots;
    }

    private void finished(Throwable failure) {
        inFlight.decrementAndGet();
        if (failure != null) {
            driverFailures.increment();
            if (driverFailures.sum() <= 5) {
                System.err.println("Driver failure: " + failure);
            }
        }
    }

    private void awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Health of all four, and the demo LAG memberships the group-service seeds at start (accept needs them). */
    private static void awaitReady(Client client, Targets urls) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (String url : urls.byService().values()) {
            while (client.sendAndWait("GET", url + "/actuator/health", "admin", null).status() != 200) {
                check(deadline, url + " is not healthy");
            }
        }
        for (String lag : List.of("lag-tillverkning-sakerhet", "lag-ordnat-inforande")) {
            while (true) {
                Client.Reply group = client.sendAndWait("GET", urls.groups() + "/api/groups/" + lag, "lag", null);
                if (group.ok() && group.json().path("members").size() > 0) {
                    break;
                }
                check(deadline, lag + " has no members yet");
            }
        }
    }

    private static void check(long deadline, String problem) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(problem);
        }
        Thread.sleep(250);
    }
}
