package se.rjh.mtp.platform.notification;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.api.common.RecordNotificationSent;

/**
 * Sends one notification and records it on its aggregate. Called by the services' listeners
 * ({@link NotificationListener}, present only while {@code mtp.notifications.enabled}), which run in the
 * tracking processor {@value #PROCESSING_GROUP}: a send that fails is tried {@code attempts} times with growing
 * waits, then the exception parks the event in that group's dead-letter queue (the platform's failure policy), from
 * where an operator retries it. Delivery is at least once: a mail whose record failed is sent again on the retry.
 * A mail already recorded for the same triggering event is not sent again (a replay or redelivery).
 */
public class Notifier {

    /** The processing group every notification listener belongs to. */
    public static final String PROCESSING_GROUP = "notifications";
    static final String METER = "mtp.notifications.attempts";

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationProperties properties;
    private final NotificationTemplates templates;
    private final JavaMailSender mail;
    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String systemActor;

    public Notifier(NotificationProperties properties, NotificationTemplates templates, JavaMailSender mail,
                    CommandGateway commands, EventStore eventStore, Clock clock, MeterRegistry meters,
                    String serviceName) {
        this.properties = properties;
        this.templates = templates;
        this.mail = mail;
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
        this.meters = meters;
        this.systemActor = MetadataKeys.systemActor(serviceName);
    }

    /** The configured recipients and links. */
    public NotificationProperties addresses() {
        return properties;
    }

    /**
     * The payloads of every event of an aggregate, oldest first, read from the store (not a read model, which may
     * lag behind this processor): what a listener needs beyond the event, e.g. the diarienummer or the marking.
     */
    public List<Object> history(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L).asStream().map(EventMessage::getPayload).map(Object.class::cast)
                .toList();
    }

    /**
     * Renders the kind's template with the values, sends it to the recipient and records it on the aggregate.
     * Without a configured recipient nothing is sent (a warning names what address is missing).
     */
    public void send(NotificationKind kind, String aggregateId, String triggerEventId, Optional<String> recipient,
                     String missingRecipient, Map<String, String> values) {
        send(kind, aggregateId, triggerEventId, recipient, missingRecipient, values, record -> record);
    }

    /**
     * The same, for an aggregate that records mail through its own command: one command type has one handler per
     * service, so a second aggregate of a service that already takes {@link RecordNotificationSent} wraps it.
     */
    public void send(NotificationKind kind, String aggregateId, String triggerEventId, Optional<String> recipient,
                     String missingRecipient, Map<String, String> values,
                     Function<RecordNotificationSent, Object> asCommand) {
        if (recipient.isEmpty()) {
            log.warn("No {} notification for {}: no address configured for {}", kind, aggregateId, missingRecipient);
            return;
        }
        List<Object> history = history(aggregateId);
        boolean recorded = history.stream().anyMatch(event -> event instanceof NotificationSent sent
                && sent.kind() == kind && triggerEventId.equals(sent.triggerEventId()));
        if (recorded) {
            return;
        }
        NotificationTemplates.Rendered rendered = templates.render(kind, values);
        deliver(kind, recipient.get(), rendered);
        RecordNotificationSent record = new RecordNotificationSent(aggregateId, kind, recipient.get(),
                rendered.subject(), clock.instant(), triggerEventId);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(asCommand.apply(record))
                .andMetaData(Map.of(MetadataKeys.ACTOR, systemActor)));
    }

    private void deliver(NotificationKind kind, String recipient, NotificationTemplates.Rendered rendered) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(recipient);
        message.setSubject(rendered.subject());
        message.setText(rendered.body());
        Duration wait = properties.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                mail.send(message);
                meters.counter(METER, "kind", kind.name(), "outcome", "sent").increment();
                return;
            } catch (MailException e) {
                meters.counter(METER, "kind", kind.name(), "outcome", "failed").increment();
                if (attempt >= properties.attempts()) {
                    throw new NotificationFailedException(kind, attempt, e);
                }
                log.info("{} mail not sent (attempt {} of {}): {}; trying again in {}", kind, attempt,
                        properties.attempts(), e.getClass().getSimpleName(), wait);
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a mail", e);
        }
    }
}
