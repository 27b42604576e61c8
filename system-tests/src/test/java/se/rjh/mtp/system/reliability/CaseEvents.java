package se.rjh.mtp.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;

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
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Many cases at once through case-service's own event store, many per append, so that a fault test can put
 * thousands of events through the service's outbox in seconds. The events are what an intake stores. Also the
 * request body of one intake over HTTP, and that intake.
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

    /** One case received over HTTP by a registrar, as {@link #intakeBody} describes it; its id. */
    static String receive(StartedService cases, String subject) {
        TestHttp.Response response = TestHttp.post(cases.url("/api/cases"), "registrator", intakeBody(subject));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private CaseEvents() {
    }
}
