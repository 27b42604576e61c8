package se.rjh.mtp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.platform.eventstore.EmbeddedMongo;
import se.rjh.mtp.platform.web.IdempotencyRecords.Verdict;

/**
 * The key store on a real mongo-java-server over TCP: one claim per key, a repeat while it runs is refused, a
 * finished one is replayed, a different request under the same key is told apart, a failed one frees the key, and a
 * key whose instance died is taken over only after its lease. Two store instances stand for two service instances.
 */
class IdempotencyRecordsTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-27T09:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final IdempotencyRecords one = new IdempotencyRecords(mongo.database("keys"), clock,
            Duration.ofHours(24), Duration.ofMinutes(5));
    private final IdempotencyRecords other = new IdempotencyRecords(mongo.database("keys"), clock,
            Duration.ofHours(24), Duration.ofMinutes(5));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aKeyIsClaimedOnceAndItsFirstResponseIsReplayed() {
        assertThat(one.claim("k", "body-a").verdict()).isEqualTo(Verdict.PROCEED);
        assertThat(other.claim("k", "body-a").verdict()).isEqualTo(Verdict.IN_PROGRESS);
        assertThat(other.claim("k", "body-b").verdict()).isEqualTo(Verdict.DIFFERENT_REQUEST);

        byte[] body = "{\"id\":\"c-1\"}".getBytes(StandardCharsets.UTF_8);
        one.complete("k", new IdempotencyRecords.StoredResponse(201, "application/json", "/api/cases/c-1", body));

        IdempotencyRecords.Claim repeat = other.claim("k", "body-a");
        assertThat(repeat.verdict()).isEqualTo(Verdict.REPLAY);
        assertThat(repeat.response().status()).isEqualTo(201);
        assertThat(repeat.response().contentType()).isEqualTo("application/json");
        assertThat(repeat.response().location()).isEqualTo("/api/cases/c-1");
        assertThat(repeat.response().body()).isEqualTo(body);
        assertThat(other.claim("k", "body-b").verdict()).isEqualTo(Verdict.DIFFERENT_REQUEST);
        assertThat(one.claim("other-key", "body-a").verdict()).isEqualTo(Verdict.PROCEED);
    }

    @Test
    void aFailedRequestFreesItsKey() {
        assertThat(one.claim("k", "body-a").verdict()).isEqualTo(Verdict.PROCEED);
        one.release("k");

        assertThat(other.claim("k", "body-b").verdict()).isEqualTo(Verdict.PROCEED);
    }

    @Test
    void aKeyLeftInProgressIsTakenOverOnlyAfterItsLease() {
        assertThat(one.claim("k", "body-a").verdict()).isEqualTo(Verdict.PROCEED);

        now.set(now.get().plus(Duration.ofMinutes(5)));
        assertThat(other.claim("k", "body-a").verdict()).isEqualTo(Verdict.IN_PROGRESS);

        now.set(now.get().plusSeconds(1));
        assertThat(other.claim("k", "body-a").verdict()).isEqualTo(Verdict.PROCEED);
        assertThat(one.claim("k", "body-a").verdict()).isEqualTo(Verdict.IN_PROGRESS);
    }
}
