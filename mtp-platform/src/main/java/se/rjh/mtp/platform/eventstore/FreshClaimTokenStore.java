package se.rjh.mtp.platform.eventstore;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

/**
 * Leaves out a claim extension when this instance wrote the same claim moments ago. Without a transaction manager,
 * Axon's tracking processor extends its claim before every batch it handles and stores the token after it, and
 * extends it once a second while idle: two token writes per batch for every processor of a service, about a quarter
 * of all MongoDB commands under load (BENCHMARKS.md). Storing a token, fetching it and extending the claim each write
 * the claim's time; an extension within {@code fresh} of the last of them changes nothing another instance can see,
 * because a claim can only be taken over once it is older than the claim timeout, and {@code fresh} is a small part
 * of it. Any refusal (a claim lost all the same) still reaches the processor at the next write, which checks the
 * owner.
 */
public class FreshClaimTokenStore extends ForwardingTokenStore {

    private final long freshNanos;
    private final LongSupplier nanoTime;
    /** When this instance last wrote each claim it holds, by processor and segment. */
    private final Map<String, Long> lastWritten = new ConcurrentHashMap<>();

    /** @param fresh how long a written claim counts as fresh; keep it well under the store's claim timeout */
    public FreshClaimTokenStore(TokenStore delegate, Duration fresh) {
        this(delegate, fresh, System::nanoTime);
    }

    FreshClaimTokenStore(TokenStore delegate, Duration fresh, LongSupplier nanoTime) {
        super(delegate);
        this.freshNanos = fresh.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        Long written = lastWritten.get(key(processorName, segment));
        if (written != null && nanoTime.getAsLong() - written < freshNanos) {
            return;
        }
        written(processorName, segment, () -> super.extendClaim(processorName, segment));
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        written(processorName, segment, () -> super.storeToken(token, processorName, segment));
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return claimed(processorName, segment, () -> super.fetchToken(processorName, segment));
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return claimed(processorName, segment.getSegmentId(), () -> super.fetchToken(processorName, segment));
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        lastWritten.remove(key(processorName, segment));
        super.releaseClaim(processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        lastWritten.remove(key(processorName, segment));
        super.deleteToken(processorName, segment);
    }

    private void written(String processorName, int segment, Runnable write) {
        claimed(processorName, segment, () -> {
            write.run();
            return null;
        });
    }

    /** Runs a call that writes the claim: fresh from its start when it succeeds, unknown when it fails. */
    private <T> T claimed(String processorName, int segment, Supplier<T> call) {
        String key = key(processorName, segment);
        long started = nanoTime.getAsLong();
        try {
            T result = call.get();
            lastWritten.put(key, started);
            return result;
        } catch (RuntimeException e) {
            lastWritten.remove(key);
            throw e;
        }
    }

    private static String key(String processorName, int segment) {
        return processorName + '#' + segment;
    }
}
