package se.rjh.mtp.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/** Asynchronous HTTP with the demo users' Basic credentials (password = user name). */
final class Client implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** status -1: no answer (connection refused, timeout); {@code body} then holds the exception. */
    record Reply(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }

    private record Waiting(HttpRequest request, CompletableFuture<Reply> result, long queuedNanos) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Semaphore permits;
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "load-http");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                              .connectTimeout(Duration.ofSeconds(5)).executor(executor).build();

    /**
     * Queues the request; at most {@code connections} are on the wire at once, like a real client's connection pool
     * (unbounded, a stalled server gets thousands of connections: the first try flooded case-service with SYNs).
     * The wait in this queue is part of the measured latency, which runs from the scheduled time.
     */
    CompletableFuture<Reply> send(String method, String url, String user, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", basic(user));
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                   .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        CompletableFuture<Reply> result = new CompletableFuture<>();
        waiting.add(new Waiting(builder.build(), result, System.nanoTime()));
        pump();
        return result;
    }

    private void pump() {
        while (!waiting.isEmpty() && permits.tryAcquire()) {
            Waiting next = waiting.poll();
            if (next == null) {
                permits.release();
                return;
            }
            if (System.nanoTime() - next.queuedNanos > TIMEOUT.toNanos()) {
                // a real client would have given up by now
                permits.release();
                next.result.complete(new Reply(-1, "gave up: waited " + TIMEOUT + " for a free connection"));
                continue;
            }
            http.sendAsync(next.request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                permits.release();
                next.result.complete(failure == null ? new Reply(response.statusCode(), response.body())
                                     : new Reply(-1, String.valueOf(failure.getCause() != null ? failure.getCause() : failure)));
                pump();
            });
        }
    }

    Client(int connections) {
        permits = new Semaphore(connections);
    }

    Reply sendAndWait(String method, String url, String user, String json) {
        return send(method, url, user, json).join();
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
