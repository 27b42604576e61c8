package se.rjh.mtp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's request timeout over real HTTP (Tomcat on a random port): a handler that does not finish in time is
 * answered 503 with {@code Retry-After} as a problem, its own late answer never reaches the client, and a quick one
 * passes through unchanged. The slow handler waits for a latch the test opens only after the 503 has arrived.
 */
class RequestTimeoutFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WebLimitsApp app = new WebLimitsApp(Handlers.class, "--mtp.web.request-timeout=5s");

    @RestController
    static class Handlers {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch slowDone = new CountDownLatch(2);

        @GetMapping("/quick")
        ResponseEntity<Map<String, String>> quick() {
            return ResponseEntity.ok().header("X-Quick", "yes").body(Map.of("answer", "quick"));
        }

        @GetMapping("/slow")
        ResponseEntity<Map<String, String>> slowRead() throws InterruptedException {
            release.await(60, TimeUnit.SECONDS);
            slowDone.countDown();
            return ResponseEntity.ok(Map.of("answer", "late"));
        }

        @PostMapping("/slow")
        ResponseEntity<Map<String, String>> slowChange() throws InterruptedException {
            release.await(60, TimeUnit.SECONDS);
            slowDone.countDown();
            return ResponseEntity.created(URI.create("/things/1")).body(Map.of("id", "1"));
        }
    }

    @Test
    void aSlowRequestIsAnswered503WithRetryAfterAndItsLateAnswerIsDropped() throws Exception {
        Handlers handlers = app.bean(Handlers.class);

        CompletableFuture<HttpResponse<String>> reading = app.send("GET", "/slow");
        CompletableFuture<HttpResponse<String>> changing = app.send("POST", "/slow");
        HttpResponse<String> read = reading.get();
        HttpResponse<String> change = changing.get();
        handlers.release.countDown();

        assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
        assertThat(read.headers().firstValue("Retry-After")).contains(ProblemResponses.RETRY_AFTER_SECONDS);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(read.headers().firstValue("X-Correlation-Id")).contains(WebLimitsApp.CORRELATION_ID);
        JsonNode readProblem = JSON.readTree(read.body());
        assertThat(readProblem.path("status").asInt()).isEqualTo(503);
        assertThat(readProblem.path("title").asText()).isEqualTo("Request timed out");
        assertThat(readProblem.path("type").asText()).isEqualTo("about:blank");
        assertThat(readProblem.path("answer").isMissingNode()).isTrue();

        // A change that timed out may still happen: the problem says so, and the late 201 and Location never come.
        assertThat(change.statusCode()).as(change.body()).isEqualTo(503);
        assertThat(change.headers().firstValue("Retry-After")).contains(ProblemResponses.RETRY_AFTER_SECONDS);
        assertThat(change.headers().firstValue("Location")).isEmpty();
        assertThat(JSON.readTree(change.body()).path("type").asText())
                .isEqualTo(ProblemResponses.OUTCOME_UNKNOWN.toString());

        // The handlers were not interrupted: both went on to the end after the 503.
        assertThat(handlers.slowDone.await(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aQuickRequestPassesThroughUnchanged() throws Exception {
        HttpResponse<String> quick = app.send("GET", "/quick").get();

        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(quick.headers().firstValue("X-Quick")).contains("yes");
        assertThat(quick.headers().firstValue("X-Correlation-Id")).contains(WebLimitsApp.CORRELATION_ID);
        assertThat(JSON.readTree(quick.body()).path("answer").asText()).isEqualTo("quick");
    }
}
