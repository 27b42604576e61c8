package se.rjh.mtp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bound on requests handled at once, over real HTTP (Tomcat on a random port, {@code max-concurrent-requests=2}):
 * with two requests held in their handlers, a third is answered 503 "Service busy" at once without reaching its
 * handler, the actuator still answers, and once the two are done the next request runs again.
 */
class RequestConcurrencyLimitTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WebLimitsApp app = new WebLimitsApp(Handlers.class, "--mtp.web.max-concurrent-requests=2");

    @RestController
    static class Handlers {
        final CountDownLatch entered = new CountDownLatch(2);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger quickCalls = new AtomicInteger();

        @GetMapping("/held")
        Map<String, String> held() throws InterruptedException {
            entered.countDown();
            release.await(60, TimeUnit.SECONDS);
            return Map.of("answer", "held");
        }

        @PostMapping("/quick")
        Map<String, String> quick() {
            quickCalls.incrementAndGet();
            return Map.of("answer", "quick");
        }

        @GetMapping("/actuator/health")
        Map<String, String> health() {
            return Map.of("status", "UP");
        }
    }

    @Test
    void oneRequestMoreThanTheBoundIsRefusedAtOnceAndRunsAgainWhenThereIsRoom() throws Exception {
        Handlers handlers = app.bean(Handlers.class);
        List<CompletableFuture<HttpResponse<String>>> held = List.of(app.send("GET", "/held"), app.send("GET", "/held"));
        assertThat(handlers.entered.await(30, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> refused = app.send("POST", "/quick").get();
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains(ProblemResponses.RETRY_AFTER_SECONDS);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("title").asText()).isEqualTo("Service busy");
        assertThat(problem.path("type").asText()).isEqualTo("about:blank");
        assertThat(handlers.quickCalls).hasValue(0);

        assertThat(app.send("GET", "/actuator/health").get().statusCode()).isEqualTo(200);

        handlers.release.countDown();
        for (CompletableFuture<HttpResponse<String>> answer : held) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
        }
        // The permits come back when each worker has finished, just after its answer was written.
        // A busy machine may take a while to finish them: ask again until a deadline generous for that.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        HttpResponse<String> again = app.send("POST", "/quick").get();
        while (again.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            again = app.send("POST", "/quick").get();
        }
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(handlers.quickCalls).hasValue(1);
    }
}
