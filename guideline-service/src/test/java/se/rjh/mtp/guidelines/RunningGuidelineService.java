package se.rjh.mtp.guidelines;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.StartedService;

/** How this module's tests start guideline-service: with a given clock and a review check that runs every 0.3 s. */
public final class RunningGuidelineService {

    private RunningGuidelineService() {
    }

    public static StartedService start(EmbeddedInfrastructure infra, Clock clock) {
        return StartedService.of(GuidelineServiceApplication.class, GuidelineServiceApplication.NAME)
                .on(infra).clock(clock)
                .args("--mtp.guidelines.review-check-interval=PT0.3S", "--mtp.guidelines.review-check-initial-delay=PT0S")
                .start();
    }

    /** Polls every 100 ms until the condition holds, failing after 30 s. */
    public static void await(String what, BooleanSupplier condition) {
        Await.until(what, Duration.ofSeconds(30), condition);
    }
}
