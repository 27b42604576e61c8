package se.rjh.mtp.bench.load;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Command-to-read-model lag: from the moment case-service acknowledged an intake (201) until reporting-service's
 * {@code /api/reports/cases/{id}} shows the case (event store -> outbox processor -> Kafka -> consumer -> Mongo).
 * Polled every 20 ms; the probe's own requests are not part of the endpoint figures.
 */
final class LagProbe implements AutoCloseable {

    private static final long POLL_MILLIS = 20;
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(120);

    private final Client client;
    private final String reportingUrl;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lag-probe");
        t.setDaemon(true);
        return t;
    });
    private final Histogram lagMicros = new ConcurrentHistogram(3_600_000_000L, 3);
    private final LongAdder neverSeen = new LongAdder();
    private final AtomicInteger inFlight = new AtomicInteger();

    LagProbe(Client client, String reportingUrl) {
        this.client = client;
        this.reportingUrl = reportingUrl;
    }

    void follow(String caseId, long acknowledgedNanos) {
        inFlight.incrementAndGet();
        poll(caseId, acknowledgedNanos);
    }

    private void poll(String caseId, long acknowledgedNanos) {
        client.send("GET", reportingUrl + "/api/reports/cases/" + caseId, "revisor", null).thenAccept(reply -> {
            long now = System.nanoTime();
            if (reply.ok()) {
                lagMicros.recordValue((now - acknowledgedNanos) / 1000);
                inFlight.decrementAndGet();
            } else if (now - acknowledgedNanos > GIVE_UP_NANOS) {
                neverSeen.increment();
                inFlight.decrementAndGet();
            } else {
                timer.schedule(() -> poll(caseId, acknowledgedNanos), POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Waits until every followed case has been seen or given up on. */
    void drain(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (inFlight.get() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    Histogram lag() {
        return lagMicros;
    }

    long neverSeen() {
        return neverSeen.sum() + inFlight.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
