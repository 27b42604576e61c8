package se.rjh.mtp.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.api.common.RecordNotificationSent;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.local.EmbeddedMail;

/** The notifier over a real SMTP server (GreenMail) and Axon's in-memory store and command bus. */
class NotifierTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:15:00Z");
    private static final Map<String, String> VALUES = Map.of("groupName", "LAG Gaser", "title", "Rutin",
            "dueDate", "2026-12-01", "link", "http://127.0.0.1:8082/api/assignments/a1");

    private EmbeddedMail mail;
    private EmbeddedEventStore store;
    private final List<CommandMessage<?>> commands = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Notifier notifier;

    @BeforeEach
    void start() {
        mail = EmbeddedMail.start(EmbeddedInfrastructure.freePort());
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordNotificationSent.class.getName(), command -> {
            commands.add(command);
            return null;
        });
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mail.smtpPort());
        NotificationProperties properties = new NotificationProperties(true, "lsg-mtp@mtp.example", Map.of(), Map.of(),
                Map.of("lag-gaser", "lag-gaser@mtp.example"), null, "http://127.0.0.1:8082", 3, Duration.ofMillis(10));
        notifier = new Notifier(properties, new NotificationTemplates(), sender,
                DefaultCommandGateway.builder().commandBus(bus).build(), store, Clock.fixed(NOW, ZoneId.of("UTC")),
                meters, "group-service");
    }

    @AfterEach
    void stop() {
        mail.close();
        store.shutDown();
    }

    @Test
    void sendsTheMailAndThenRecordsItOnTheAggregateAsTheSystem() throws Exception {
        notifier.send(NotificationKind.ASSIGNMENT_ISSUED, "a1", "event-1", address(), "group lag-gaser", VALUES);

        assertThat(mail.received()).hasSize(1);
        assertThat(mail.received().get(0).getSubject()).isEqualTo("Nytt uppdrag till LAG Gaser");
        assertThat(mail.received().get(0).getFrom()[0].toString()).isEqualTo("lsg-mtp@mtp.example");
        assertThat(commands).hasSize(1);
        assertThat(commands.get(0).getPayload()).isEqualTo(new RecordNotificationSent("a1",
                NotificationKind.ASSIGNMENT_ISSUED, "lag-gaser@mtp.example", "Nytt uppdrag till LAG Gaser", NOW,
                "event-1"));
        assertThat(commands.get(0).getMetaData()).containsEntry(MetadataKeys.ACTOR, "system:group-service");
    }

    @Test
    void aMailAlreadyRecordedForTheSameEventIsNotSentAgain() {
        store.publish(new GenericDomainEventMessage<>("Assignment", "a1", 0, new NotificationSent("a1",
                NotificationKind.ASSIGNMENT_ISSUED, "lag-gaser@mtp.example", "Nytt uppdrag till LAG Gaser", NOW,
                "event-1")));

        notifier.send(NotificationKind.ASSIGNMENT_ISSUED, "a1", "event-1", address(), "group lag-gaser", VALUES);
        assertThat(mail.received()).isEmpty();
        assertThat(commands).isEmpty();

        notifier.send(NotificationKind.ASSIGNMENT_ISSUED, "a1", "event-2", address(), "group lag-gaser", VALUES);
        assertThat(mail.received()).hasSize(1);
        assertThat(commands).hasSize(1);
    }

    @Test
    void withoutAnAddressNothingIsSentOrRecorded() {
        notifier.send(NotificationKind.ASSIGNMENT_ISSUED, "a1", "event-1", Optional.empty(), "group lag-okand", VALUES);

        assertThat(mail.received()).isEmpty();
        assertThat(commands).isEmpty();
    }

    @Test
    void aRefusedSendIsTriedEachAttemptThenFailsWithNothingRecorded() {
        mail.stop();

        assertThatThrownBy(() -> notifier.send(NotificationKind.ASSIGNMENT_ISSUED, "a1", "event-1", address(),
                "group lag-gaser", VALUES))
                .isInstanceOf(NotificationFailedException.class).hasMessageContaining("after 3 attempt(s)");
        assertThat(meters.counter(Notifier.METER, "kind", "ASSIGNMENT_ISSUED", "outcome", "failed").count())
                .isEqualTo(3.0);
        assertThat(commands).isEmpty();
    }

    private static Optional<String> address() {
        return Optional.of("lag-gaser@mtp.example");
    }
}
