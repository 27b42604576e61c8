package se.rjh.mtp.platform.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.platform.eventstore.TestEvents.event;

class GapTimeoutTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void gapIsDroppedOnceTheCommitAfterItIsOlderThanTheTimeout() {
        ManualClock clock = new ManualClock();
        try (EmbeddedMongo mongo = new EmbeddedMongo()) {
            MongoCommitEventStorageEngine engine = TestEvents.engineBuilder(mongo, "gaps").clock(clock)
                                                             .gapTimeout(Duration.ofSeconds(60)).build();
            long never = engine.reserve(1);
            engine.appendEvents(event("a", 0));
            TrackedEventMessage<?> first = engine.readEvents(null, false).findFirst().orElseThrow();
            GapAwareTrackingToken token = (GapAwareTrackingToken) first.trackingToken();
            assertThat(token.getGaps()).containsExactly(never);

            clock.advance(Duration.ofSeconds(30));
            engine.appendEvents(event("a", 1));
            TrackedEventMessage<?> second = engine.readEvents(token, false).findFirst().orElseThrow();
            assertThat(((GapAwareTrackingToken) second.trackingToken()).getGaps()).containsExactly(never);

            clock.advance(Duration.ofSeconds(31));
            engine.appendEvents(event("a", 2));
            TrackedEventMessage<?> third = engine.readEvents(second.trackingToken(), false).findFirst().orElseThrow();
            assertThat(((GapAwareTrackingToken) third.trackingToken()).getGaps()).isEmpty();
        }
    }
}
