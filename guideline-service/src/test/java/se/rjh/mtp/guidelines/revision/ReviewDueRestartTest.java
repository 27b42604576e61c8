package se.rjh.mtp.guidelines.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.guidelines.RunningGuidelineService.await;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.api.guidelines.GuidelineReviewDue;
import se.rjh.mtp.guidelines.Lifecycle;
import se.rjh.mtp.guidelines.RunningGuidelineService;
import se.rjh.mtp.testsupport.MutableClock;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Scheduled revision across a restart: the review-due event fires once when the date comes, a restart does not fire
 * it again, and a date that passed while the service was down fires after the restart.
 */
class ReviewDueRestartTest {

    @RegisterExtension
    static final RunningGuidelineService service = RunningGuidelineService.onDay(LocalDate.of(2026, 1, 15));

    @Test
    void reviewDueFiresOnceAndAfterARestartOnlyIfNotYetHandled() {
        MutableClock clock = service.clock();
        String monthly = Lifecycle.publishNew(service, "Månadsöversyn", 1, "2026-01-10", "text");   // due 2026-02-10
        String bimonthly = Lifecycle.publishNew(service, "Tvåmånaders", 2, "2026-01-10", "text");  // due 2026-03-10

        await("both in the schedule", () -> due(60).containsAll(List.of(monthly, bimonthly)));
        assertThat(due(30)).contains(monthly).doesNotContain(bimonthly);

        clock.setToday(LocalDate.of(2026, 2, 11));
        await("review due for " + monthly, () -> reviewDueEvents(monthly) == 1);
        await("read model knows it was raised", () -> raisedFor(monthly));
        service.bean(ReviewDueJob.class).raiseDueReviews();
        assertThat(reviewDueEvents(monthly)).isEqualTo(1);
        assertThat(reviewDueEvents(bimonthly)).isZero();

        // The bimonthly review date passes while the service is down.
        service.restart(() -> clock.setToday(LocalDate.of(2026, 3, 11)));

        await("review due for " + bimonthly + " after restart", () -> reviewDueEvents(bimonthly) == 1);
        await("read model knows it was raised", () -> raisedFor(bimonthly));
        service.bean(ReviewDueJob.class).raiseDueReviews();
        assertThat(reviewDueEvents(bimonthly)).isEqualTo(1);
        assertThat(reviewDueEvents(monthly)).isEqualTo(1);
        assertThat(TestHttp.get(service.url("/api/guidelines/review-schedule?withinDays=30"), "revisor").json()
                .findValuesAsText("overdue")).containsOnly("true");
    }

    private static List<String> due(int days) {
        return TestHttp.get(service.url("/api/guidelines/review-schedule?withinDays=" + days), "revisor").json()
                .findValuesAsText("documentNumber");
    }

    /** The schedule (read model) shows the review as raised, so the job no longer sends the command for it. */
    private static boolean raisedFor(String number) {
        for (var item : TestHttp.get(service.url("/api/guidelines/review-schedule?withinDays=30"), "revisor").json()) {
            if (item.path("documentNumber").asText().equals(number)) {
                return item.path("reviewDueRaised").asBoolean();
            }
        }
        return false;
    }

    private static long reviewDueEvents(String number) {
        return service.bean(EventStore.class).readEvents(number, 0).asStream().map(EventMessage::getPayload)
                .filter(GuidelineReviewDue.class::isInstance).count();
    }
}
