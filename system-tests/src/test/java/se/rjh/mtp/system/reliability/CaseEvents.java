package se.rjh.mtp.system.reliability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.Submitter;

/**
 * Many cases at once through case-service's own event store, many per append, so that a fault test can put
 * thousands of events through the service's outbox in seconds. The events are what an intake stores. Also the
 * request body of one intake over HTTP.
 */
final class CaseEvents {

    /** Appends {@code count} received cases through the service's event store, {@code perAppend} per commit. */
    static List<String> receive(EventStore store, int count, int perAppend, Runnable afterEachAppend) {
        List<String> ids = new ArrayList<>(count);
        for (int done = 0; done < count; ) {
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (int i = 0; i < perAppend && done < count; i++, done++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                batch.add(new GenericDomainEventMessage<>("Case", id, 0, new CaseReceived(id, "Last " + done, null,
                        CaseType.OTHER, Channel.EMAIL, new Submitter("Eva Ek", null, null), LocalDate.of(2026, 11, 20),
                        null), Map.of("actor", "registrator", "correlationId", id)));
            }
            store.publish(batch);
            afterEachAppend.run();
        }
        return ids;
    }

    /** A case as a registrar receives it over HTTP; the subject makes it recognisable in the read models. */
    static String intakeBody(String subject) {
        return """
                {"subject": "%s", "caseType": "OTHER", "channel": "EMAIL",
                 "submitter": {"name": "Eva Ek"}, "receivedOn": "2026-11-20"}
                """.formatted(subject);
    }

    private CaseEvents() {
    }
}
