package se.rjh.mtp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
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
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private static ConfigurableApplicationContext context;
    private static String base;

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

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class})
    @Import({WebLimitsConfiguration.class, ProblemDetailsAdvice.class, Handlers.class})
    static class App {
        @Bean
        CorrelationIdFilter correlationIdFilter() {
            return new CorrelationIdFilter();
        }
    }

    @BeforeAll
    static void start() {
        context = new SpringApplicationBuilder(App.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--server.address=127.0.0.1", "--mtp.web.request-timeout=5s");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        Handlers handlers = context.getBean(Handlers.class);
        handlers.release.countDown();
        context.close();
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return sendAsync(method, path).get();
    }

    private static CompletableFuture<HttpResponse<String>> sendAsync(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("X-Correlation-Id", "timeout-test")
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                                                      : HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/json").build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSlowRequestIsAnswered503WithRetryAfterAndItsLateAnswerIsDropped() throws Exception {
        Handlers handlers = context.getBean(Handlers.class);

        CompletableFuture<HttpResponse<String>> reading = sendAsync("GET", "/slow");
        CompletableFuture<HttpResponse<String>> changing = sendAsync("POST", "/slow");
        HttpResponse<String> read = reading.get();
        HttpResponse<String> change = changing.get();
        handlers.release.countDown();

        assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
        assertThat(read.headers().firstValue("Retry-After")).contains(ProblemResponses.RETRY_AFTER_SECONDS);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(read.headers().firstValue("X-Correlation-Id")).contains("timeout-test");
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
        HttpResponse<String> quick = send("GET", "/quick");

        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(quick.headers().firstValue("X-Quick")).contains("yes");
        assertThat(quick.headers().firstValue("X-Correlation-Id")).contains("timeout-test");
        assertThat(JSON.readTree(quick.body()).path("answer").asText()).isEqualTo("quick");
    }
}
