package se.rjh.mtp.testsupport;

import java.time.Instant;
import java.util.Arrays;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.api.common.RecordNotificationSent;

/**
 * The rules of {@link RecordNotificationSent}, checked with the aggregate fixture of each aggregate that records mail
 * (case, assignment, guideline): recorded once per triggering event, refused when invalid or for an unknown aggregate.
 */
public final class NotificationRecording {

    public static final Instant SENT_AT = Instant.parse("2026-11-27T09:15:00Z");

    private NotificationRecording() {
    }

    public static RecordNotificationSent command(String aggregateId, NotificationKind kind, String recipient,
                                                 String subject) {
        return new RecordNotificationSent(aggregateId, kind, recipient, subject, SENT_AT, "event-1");
    }

    /** Recorded as the event; the same command again (a redelivery) records nothing more. */
    public static <T> void recordsOnce(Class<T> aggregate, String id, NotificationKind kind, Object... history) {
        RecordNotificationSent record = command(id, kind, "mottagare@mtp.example", "Ämne");
        NotificationSent sent = new NotificationSent(id, kind, "mottagare@mtp.example", "Ämne", SENT_AT, "event-1");
        new AggregateTestFixture<>(aggregate).given(history).when(record).expectSuccessfulHandlerExecution()
                .expectEvents(sent);
        new AggregateTestFixture<>(aggregate).given(concat(history, sent)).when(record).expectNoEvents();
        // Another kind about the same event is a mail of its own.
        NotificationKind other = NotificationKind.values()[(kind.ordinal() + 1) % NotificationKind.values().length];
        new AggregateTestFixture<>(aggregate).given(concat(history, sent))
                .when(command(id, other, "mottagare@mtp.example", "Ämne"))
                .expectEvents(new NotificationSent(id, other, "mottagare@mtp.example", "Ämne", SENT_AT, "event-1"));
    }

    /** A recipient that is no address, a blank subject or a missing kind: refused naming the field, nothing recorded. */
    public static <T> void refusesInvalidInput(Class<T> aggregate, String id, Object... history) {
        refused(aggregate, history, command(id, NotificationKind.CASE_DECIDED, "inte en adress", "Ämne"), "recipient");
        refused(aggregate, history, command(id, NotificationKind.CASE_DECIDED, "a@mtp.example", " "), "subject");
        refused(aggregate, history, command(id, null, "a@mtp.example", "Ämne"), "kind");
    }

    /** Mail is recorded only on an aggregate that exists. */
    public static <T> void refusesUnknownAggregate(Class<T> aggregate) {
        new AggregateTestFixture<>(aggregate).givenNoPriorActivity()
                .when(command("no-such-id", NotificationKind.CASE_DECIDED, "a@mtp.example", "Ämne"))
                .expectException(AggregateNotFoundException.class).expectNoEvents();
    }

    private static <T> void refused(Class<T> aggregate, Object[] history, RecordNotificationSent command, String field) {
        new AggregateTestFixture<>(aggregate).given(history).when(command)
                .expectException(new CustomTypeSafeMatcher<InvalidInputException>("refusal naming " + field) {
                    @Override
                    protected boolean matchesSafely(InvalidInputException refusal) {
                        return field.equals(refusal.field());
                    }
                })
                .expectNoEvents();
    }

    private static Object[] concat(Object[] history, Object more) {
        Object[] all = Arrays.copyOf(history, history.length + 1);
        all[history.length] = more;
        return all;
    }
}
