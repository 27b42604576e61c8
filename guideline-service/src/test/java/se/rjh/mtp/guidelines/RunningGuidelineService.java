package se.rjh.mtp.guidelines;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.MutableClock;
import se.rjh.mtp.testsupport.StartedService;

/**
 * How this module's tests run guideline-service: on its own embedded Kafka and MongoDB for one test class, with a
 * test clock and a review check every 0.3 s, started before the class's tests and closed after them. Register it
 * with {@code @RegisterExtension}.
 */
public final class RunningGuidelineService implements BeforeAllCallback, AfterAllCallback {

    private final MutableClock clock;
    private EmbeddedInfrastructure infra;
    private StartedService service;

    private RunningGuidelineService(MutableClock clock) {
        this.clock = clock;
    }

    public static RunningGuidelineService onDay(LocalDate day) {
        return new RunningGuidelineService(MutableClock.onDay(day));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        infra = EmbeddedInfrastructure.startForTests();
        service = start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        StartedService.closeAll(service, infra);
    }

    /** Stops the service, runs {@code whileDown} (time passing, say), and starts it again on the same data. */
    public void restart(Runnable whileDown) {
        service.close();
        whileDown.run();
        service = start();
    }

    public MutableClock clock() {
        return clock;
    }

    public String url(String path) {
        return service.url(path);
    }

    public <T> T bean(Class<T> type) {
        return service.bean(type);
    }

    /** The event topics of the embedded Kafka, read and written with plain clients. */
    public KafkaTopics kafka() {
        return new KafkaTopics(infra.kafkaBootstrapServers());
    }

    /** Polls every 100 ms until the condition holds, failing after 30 s. */
    public static void await(String what, BooleanSupplier condition) {
        Await.until(what, Duration.ofSeconds(30), condition);
    }

    private StartedService start() {
        return StartedService.of(GuidelineServiceApplication.class, GuidelineServiceApplication.NAME)
                .on(infra).clock(clock)
                .args("--mtp.guidelines.review-check-interval=PT0.3S", "--mtp.guidelines.review-check-initial-delay=PT0S")
                .start();
    }
}
