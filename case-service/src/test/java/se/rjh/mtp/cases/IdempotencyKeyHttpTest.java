package se.rjh.mtp.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * {@code Idempotency-Key} on case intake over real HTTP: a repeated request with the same key returns the first
 * result and records nothing new; the same key with another body is refused; without a key nothing has changed.
 * Events are counted in the service's own event store.
 */
class IdempotencyKeyHttpTest {

    private final CaseServiceUnderTest service = CaseServiceUnderTest.get();

    private static String intake(String subject) {
        return CaseServiceUnderTest.intake("OTHER", subject);
    }

    private TestHttp.Response post(String key, String body) {
        TestHttp.Request request = service.http.request("POST", "/api/cases").as("registrator").json(body);
        return (key == null ? request : request.header("Idempotency-Key", key)).send();
    }

    /** Every CaseReceived with this subject in the store. */
    private long received(String subject) {
        return service.context.getBean(EventStorageEngine.class).readEvents(null, false)
                .filter(e -> e.getPayload() instanceof CaseReceived received && received.subject().equals(subject))
                .count();
    }

    @Test
    void aRepeatWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() {
        String subject = "Idempotens " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        TestHttp.Response first = post(key, intake(subject));
        TestHttp.Response repeat = post(key, intake(subject));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(repeat.status()).as(repeat.body()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location")).isNotBlank();
        assertThat(repeat.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotency-Replayed")).isNull();
        String caseId = first.json().get("id").asText();
        assertThat(service.context.getBean(EventStorageEngine.class).readEvents(caseId).asStream()).hasSize(1);
        assertThat(received(subject)).isEqualTo(1);

        TestHttp.Response changed = post(key, intake(subject + " ändrad"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(422);
        assertThat(changed.isProblem()).isTrue();
        assertThat(changed.json().get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(received(subject) + received(subject + " ändrad")).isEqualTo(1);

        // The key belongs to the caller: another user's request with it is its own (here refused: not a registrar).
        TestHttp.Response otherUser = service.http.request("POST", "/api/cases").as("admin").json(intake(subject))
                .header("Idempotency-Key", key).send();
        assertThat(otherUser.status()).as(otherUser.body()).isEqualTo(403);
        assertThat(otherUser.header("Idempotency-Replayed")).isNull();
    }

    @Test
    void withoutAKeyEveryRequestIsItsOwn() {
        String subject = "Utan nyckel " + UUID.randomUUID();

        TestHttp.Response first = post(null, intake(subject));
        TestHttp.Response second = post(null, intake(subject));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("id").asText()).isNotEqualTo(first.json().get("id").asText());
        assertThat(second.header("Idempotency-Replayed")).isNull();
        assertThat(received(subject)).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsRefusedAndNothingIsCreated() {
        String subject = "Felaktig nyckel " + UUID.randomUUID();

        TestHttp.Response refused = post("två ord", intake(subject));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(received(subject)).isZero();
    }

    @Test
    void aFailedRequestLeavesTheKeyFreeForTheCorrectedOne() {
        String subject = "Rättad " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        TestHttp.Response invalid = post(key, intake(""));
        TestHttp.Response corrected = post(key, intake(subject));

        assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(received(subject)).isEqualTo(1);
    }
}
