package se.rjh.mtp.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed loop: each client sends its next request of the mix as soon as its last one was answered (no think time),
 * so the system's throughput at a given concurrency is what it can answer, not what is offered. Latency runs from
 * the moment a client sends.
 */
record ClosedLoop(Workload workload) {

    private static final AtomicInteger FAILURES_SHOWN = new AtomicInteger();

    /** Unrecorded: {@code clients} clients for {@code duration}. */
    void warmUp(int clients, Duration duration) throws InterruptedException {
        new Clients(clients).runFor(duration).stop();
    }

    /**
     * One step: {@code clients} clients, {@code settle} unrecorded, then {@code measured} recorded into
     * {@code stats} (which must not be recording yet). Requests still in flight at the end are waited for but not
     * counted, as requests in flight at the start were counted: the window holds what completed in it.
     */
    Saturation.Step step(int clients, Duration settle, Duration measured, Stats stats) throws InterruptedException {
        LoadAverage before = LoadAverage.read();
        Clients running = new Clients(clients).runFor(settle);
        stats.recording(true);
        running.measuring = true;
        long t0 = System.nanoTime();
        Thread.sleep(measured.toMillis());
        stats.recording(false);
        running.measuring = false;
        double seconds = (System.nanoTime() - t0) / 1e9;
        running.stop();
        Stats.Row total = stats.total();
        return new Saturation.Step(clients, total.count() + running.failures.sum(),
                                   total.errors() + running.failures.sum(), seconds, total.p50Ms(), total.p95Ms(),
                                   total.p99Ms(), before, LoadAverage.read());
    }

    /** The client threads of one step; intakes are followed for lag only while measuring. */
    private final class Clients {
        private final List<Thread> threads = new ArrayList<>();
        private final LongAdder failures = new LongAdder();
        private volatile boolean stopped;
        private volatile boolean measuring;

        Clients(int count) {
            for (int i = 0; i < count; i++) {
                Thread thread = new Thread(this::loop, "closed-loop-client-" + i);
                thread.setDaemon(true);
                threads.add(thread);
            }
        }

        private void loop() {
            while (!stopped) {
                boolean measured = measuring;
                try {
                    workload.fire(System.nanoTime(), measured).join();
                } catch (RuntimeException e) {
                    // a driver-side failure (e.g. an unexpected answer body); counted like an error
                    if (measured && measuring) {
                        failures.increment();
                    }
                    if (FAILURES_SHOWN.getAndIncrement() < 5) {
                        System.err.println("Driver failure: " + e);
                    }
                }
            }
        }

        Clients runFor(Duration duration) throws InterruptedException {
            threads.forEach(Thread::start);
            Thread.sleep(duration.toMillis());
            return this;
        }

        /** Stops sending and waits for each client's last answer (at most the client's 30 s timeout, and retries). */
        void stop() throws InterruptedException {
            stopped = true;
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }
}
