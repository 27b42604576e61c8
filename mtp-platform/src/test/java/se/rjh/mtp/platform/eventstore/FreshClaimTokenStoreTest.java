package se.rjh.mtp.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

class FreshClaimTokenStoreTest {

    private final AtomicLong now = new AtomicLong();
    private final CountingStore counted = new CountingStore();
    private final TokenStore store = new FreshClaimTokenStore(counted, Duration.ofSeconds(2), now::get);

    @Test
    void aClaimWrittenMomentsAgoIsNotExtendedAgainButAnOlderOneIs() {
        store.initializeTokenSegments("p", 1);
        store.fetchToken("p", 0);
        store.extendClaim("p", 0);
        assertThat(counted.extensions).isZero();

        now.addAndGet(Duration.ofMillis(1999).toNanos());
        store.extendClaim("p", 0);
        assertThat(counted.extensions).isZero();
        now.addAndGet(Duration.ofMillis(1).toNanos());
        store.extendClaim("p", 0);
        store.extendClaim("p", 0);
        assertThat(counted.extensions).isEqualTo(1);

        // Storing the token writes the claim too: the extension before the next batch is left out.
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        store.storeToken(new GlobalSequenceTrackingToken(3), "p", 0);
        store.extendClaim("p", 0);
        assertThat(counted.extensions).isEqualTo(1);
        assertThat(store.fetchToken("p", 0)).isEqualTo(new GlobalSequenceTrackingToken(3));
    }

    @Test
    void eachSegmentAndProcessorHasItsOwnClaim() {
        store.initializeTokenSegments("p", 2);
        store.initializeTokenSegments("q", 1);
        store.fetchToken("p", 0);
        store.extendClaim("p", 1);
        store.extendClaim("q", 0);
        assertThat(counted.extensions).isEqualTo(2);
    }

    @Test
    void afterAReleasedClaimOrAFailedWriteTheNextExtensionGoesToTheStore() {
        store.initializeTokenSegments("p", 1);
        store.fetchToken("p", 0);
        store.releaseClaim("p", 0);
        store.extendClaim("p", 0);
        assertThat(counted.extensions).isEqualTo(1);

        counted.refuse = true;
        assertThatThrownBy(() -> store.storeToken(new GlobalSequenceTrackingToken(1), "p", 0))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> store.extendClaim("p", 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThat(counted.extensions).isEqualTo(2);
    }

    /** An in-memory store that counts the extensions that reach it and can refuse writes as a lost claim. */
    private static final class CountingStore extends ForwardingTokenStore {
        int extensions;
        boolean refuse;

        CountingStore() {
            super(new InMemoryTokenStore());
        }

        @Override
        public void extendClaim(String processorName, int segment) {
            extensions++;
            refuseIfAsked();
            super.extendClaim(processorName, segment);
        }

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            refuseIfAsked();
            super.storeToken(token, processorName, segment);
        }

        private void refuseIfAsked() {
            if (refuse) {
                throw new UnableToClaimTokenException("taken over");
            }
        }
    }
}
