package se.rjh.mtp.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latency per endpoint, measured from the time a request was SCHEDULED (not sent), so a stalled system shows up in
 * the figures instead of slowing the driver down (no coordinated omission). Values in microseconds.
 */
final class Stats {

    record Row(String endpoint, long count, long errors, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
    }

    private static final class Endpoint {
        final Histogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
        final LongAdder errors = new LongAdder();
        final LongAdder conflictsRetried = new LongAdder();
    }

    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    void recording(boolean on) {
        recording = on;
    }

    void record(String endpoint, long scheduledNanos, Client.Reply reply) {
        if (!recording) {
            return;
        }
        Endpoint e = endpoints.computeIfAbsent(endpoint, k -> new Endpoint());
        e.latency.recordValue(Math.max(0, (System.nanoTime() - scheduledNanos) / 1000));
        if (!reply.ok()) {
            e.errors.increment();
            errorKinds.computeIfAbsent(endpoint + " -> " + reply.status(), k -> new LongAdder()).increment();
            if (errorSamples.size() < 20) {
                String body = reply.body() == null ? "" : reply.body();
                errorSamples.add(endpoint + " -> " + reply.status() + ": "
                                 + body.substring(0, Math.min(300, body.length())));
            }
        }
    }

    /** A designed 409 (concurrent allocation of a number) that the driver retried, as a client would. */
    void conflictRetried(String endpoint) {
        if (recording) {
            endpoints.computeIfAbsent(endpoint, k -> new Endpoint()).conflictsRetried.increment();
        }
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        new TreeMap<>(endpoints).forEach((name, e) -> rows.add(new Row(name, e.latency.getTotalCount(),
                e.errors.sum(), e.latency.getValueAtPercentile(50) / 1000.0,
                e.latency.getValueAtPercentile(95) / 1000.0, e.latency.getValueAtPercentile(99) / 1000.0, e.latency.getMaxValue() / 1000.0)));
        return rows;
    }

    Row total() {
        Histogram all = new Histogram(3_600_000_000L, 3);
        long errors = 0;
        for (Endpoint e : endpoints.values()) {
            all.add(e.latency);
            errors += e.errors.sum();
        }
        return new Row("all", all.getTotalCount(), errors, all.getValueAtPercentile(50) / 1000.0,
                       all.getValueAtPercentile(95) / 1000.0, all.getValueAtPercentile(99) / 1000.0, all.getMaxValue() / 1000.0);
    }

    long conflictsRetried() {
        return endpoints.values().stream().mapToLong(e -> e.conflictsRetried.sum()).sum();
    }

    Map<String, Long> errorKinds() {
        Map<String, Long> kinds = new TreeMap<>();
        errorKinds.forEach((k, v) -> kinds.put(k, v.sum()));
        return kinds;
    }

    List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }
}
