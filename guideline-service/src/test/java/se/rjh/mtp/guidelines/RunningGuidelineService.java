package se.rjh.mtp.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.platform.MtpApplication;

/** guideline-service started in this JVM on a random port, on the embedded infrastructure, with a given clock. */
public record RunningGuidelineService(ConfigurableApplicationContext context) implements AutoCloseable {

    public static RunningGuidelineService start(EmbeddedInfrastructure infra, Clock clock) {
        return new RunningGuidelineService(MtpApplication
                .builder(GuidelineServiceApplication.class, GuidelineServiceApplication.NAME)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", clock))
                .run("--server.port=0",
                        "--mtp.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                        "--mtp.mongo.uri=" + infra.mongoUri(),
                        "--mtp.guidelines.review-check-interval=PT0.3S",
                        "--mtp.guidelines.review-check-initial-delay=PT0S"));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort() + path;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Polls every 100 ms until the condition holds, failing after 30 s. */
    public static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
