package se.rjh.mtp.bench.load;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import se.rjh.mtp.bench.EventStoreBenchmark;

/**
 * Load driver: an open-loop schedule of mixed commands and queries across the four services at a fixed rate, then
 * latency per endpoint, errors, command-to-read-model lag and heap before/after; and/or closed-loop saturation steps
 * with the same mix. Ends with the whole-system table (engine baseline, req/s, lag, RSS, load average). Run with
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
        if (options.portalUsers() > 0) {
            new PortalRun(options).run();
            return;
        }
        Instant started = Instant.now();
        LoadAverage runStart = LoadAverage.read();
        System.out.println("Load average at the start: " + LoadAverage.describe(runStart, true));
        Double engineRate = null;
        if (options.engineBaseline()) {
            // before the system starts, so the engine has the machine to itself (as in run-benchmark.sh)
            System.out.println("Engine baseline: EventStoreBenchmark's 4-thread commands/s, memory backend, ~20 s ...");
            engineRate = EventStoreBenchmark.quickCommandRate(Duration.ofSeconds(15));
            System.out.printf(Locale.ROOT, "Engine: %.0f commands/s (4 threads), load average %s%n", engineRate,
                              LoadAverage.describe(LoadAverage.read(), false));
        }
        Instant systemStarted = Instant.now();
        EmbeddedSystem system = null;
        Targets urls = options.urls();
        if (urls == null) {
            System.out.println("Starting Kafka, the MongoDB-wire server and the four services in this JVM ...");
            system = new EmbeddedSystem();
            urls = system.urls();
        }
        int maxClients = options.clients().stream().mapToInt(Integer::intValue).max().orElse(0);
        // the probes have their own connections, so their polls do not queue behind the load
        try (Client client = new Client(Math.max(options.connections(), maxClients)); Client probeClient = new Client(8);
             LagProbe openLag = new LagProbe(probeClient, urls.reporting());
             LagProbe closedLag = new LagProbe(probeClient, urls.reporting())) {
            awaitReady(client, urls);
            System.out.printf("System ready in %d s: %s%n", Duration.between(systemStarted, Instant.now()).toSeconds(),
                              urls);
            StringBuilder markdown = new StringBuilder(String.format(Locale.ROOT,
                    "# Load run (%s), %d cores, Java %s, %s%n%n", system != null ? "all in one JVM" : "running services",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), started));
            Workload workload = new Workload(urls, client, new Stats(), openLag, options.lagSample(), options.seed());

            WholeSystemReport.Open open = null;
            if (options.openLoop()) {
                LoadReport report = openLoop(workload, client, openLag);
                markdown.append(report.render()).append('\n');
                open = new WholeSystemReport.Open(options.rate(), report.okPerSecond(), openLag.lag());
            }
            List<Saturation.Step> steps = null;
            if (options.closedLoop()) {
                List<ClosedLoopReport.StepResult> results = closedLoop(workload, closedLag, !options.openLoop());
                markdown.append(ClosedLoopReport.render(options, results, closedLag));
                steps = results.stream().map(ClosedLoopReport.StepResult::step).toList();
            }
            Map<String, Double> rss = ResidentMemory.measure(options.urls());
            markdown.append(new WholeSystemReport(engineRate, open, steps, options.p99LimitMs(),
                                                  steps == null ? null : closedLag.lag(), rss,
                                                  system != null ? "this JVM: driver, services and infrastructure"
                                                                 : "the local stack's JVMs found by ps",
                                                  runStart, LoadAverage.read()).render());
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

    private LoadReport openLoop(Workload workload, Client client, LagProbe lag) throws InterruptedException {
        Stats stats = new Stats();
        workload.measureInto(stats, lag);
        HeapProbe heap = new HeapProbe(client, options.urls());
        System.out.printf("Warm-up: %s at %.0f req/s (not recorded)%n", LoadOptions.text(options.warmup()),
                          options.rate());
        drive(workload, options.warmup(), false);
        awaitIdle(Duration.ofSeconds(60));
        Map<String, Double> heapBefore = heap.measure();
        LoadAverage loadBefore = LoadAverage.read();

        System.out.printf("Measuring: %s at %.0f req/s, load average %s%n", LoadOptions.text(options.duration()),
                          options.rate(), LoadAverage.describe(loadBefore, true));
        stats.recording(true);
        long t0 = System.nanoTime();
        long scheduled = drive(workload, options.duration(), true);
        awaitIdle(Duration.ofSeconds(120));
        double elapsed = (System.nanoTime() - t0) / 1e9;
        stats.recording(false);
        long unanswered = inFlight.get();
        lag.drain(130_000);
        Map<String, Double> heapAfter = heap.measure();
        return new LoadReport(options, stats, lag, scheduled, elapsed, driverFailures.sum() + unanswered,
                              maxInFlight.get(), heapBefore, heapAfter, loadBefore, LoadAverage.read(), progress,
                              options.urls() == null);
    }

    /** One step per client count; each prints its line as it ends. */
    private List<ClosedLoopReport.StepResult> closedLoop(Workload workload, LagProbe lag, boolean warmUp)
            throws InterruptedException {
        ClosedLoop loop = new ClosedLoop(workload);
        workload.measureInto(new Stats(), lag);
        if (warmUp) {
            System.out.printf("Warm-up: %s with %d closed-loop clients (not recorded)%n",
                              LoadOptions.text(options.warmup()), options.clients().get(0));
            loop.warmUp(options.clients().get(0), options.warmup());
        }
        List<ClosedLoopReport.StepResult> results = new ArrayList<>();
        for (int clients : options.clients()) {
            Stats stats = new Stats();
            workload.measureInto(stats, lag);
            Saturation.Step step = loop.step(clients, options.settle(), options.step(), stats);
            results.add(new ClosedLoopReport.StepResult(step, stats.errorKinds()));
            System.out.printf(Locale.ROOT, "%3d clients: %,d requests, %.1f req/s, %d errors, p50 %.1f ms, "
                              + "p95 %.1f ms, p99 %.1f ms, load average %s -> %s%n", clients, step.requests(),
                              step.throughput(), step.errors(), step.p50Ms(), step.p95Ms(), step.p99Ms(),
                              LoadAverage.describe(step.loadBefore(), true),
                              LoadAverage.describe(step.loadAfter(), false));
        }
        lag.drain(130_000);
        return results;
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
                                            LoadAverage.describe(LoadAverage.read(), false));
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
    static void awaitReady(Client client, Targets urls) throws InterruptedException {
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
