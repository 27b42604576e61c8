package se.rjh.mtp.api.common;

import java.util.LinkedHashSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * The notifications an aggregate has recorded, as an {@code @AggregateMember} of every aggregate that mail is about
 * (case, assignment, guideline): the one rule for recording a sent mail. It must be valid, and it is recorded once per
 * triggering event and kind, so a redelivered record changes nothing. Axon hands a single member the aggregate's
 * commands this class handles and every event the aggregate applies. A second aggregate in the same service cannot
 * take the same command (one handler per command type and service): it keeps this as a plain field, handles its own
 * command and calls {@link #record} and {@link #remember} itself.
 */
public final class SentNotifications {

    // The concrete type: an aggregate snapshot restores each field as its declared type.
    private final LinkedHashSet<String> recorded = new LinkedHashSet<>();

    @CommandHandler
    void handle(RecordNotificationSent command) {
        record(command);
    }

    /** Applies the sent mail as an event of the aggregate, unless it is recorded already. */
    public void record(RecordNotificationSent command) {
        NotificationSent sent = command.validated();
        if (!recorded.contains(key(sent))) {
            AggregateLifecycle.apply(sent);
        }
    }

    @EventSourcingHandler
    void on(NotificationSent event) {
        remember(event);
    }

    /** Takes a recorded mail into the aggregate's state. */
    public void remember(NotificationSent event) {
        recorded.add(key(event));
    }

    private static String key(NotificationSent sent) {
        return sent.kind() + "/" + sent.triggerEventId();
    }
}
