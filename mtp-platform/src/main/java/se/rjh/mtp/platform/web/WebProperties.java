package se.rjh.mtp.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody       a larger request body is refused with 413 before it is read
 * @param requestTimeout       a request not answered within this time gets 503 with {@code Retry-After}
 *                             ({@link RequestTimeoutFilter}); longer than the store's own timeouts, so that those
 *                             answer first when they can
 * @param maxConcurrentRequests how many requests are handled at once; one more is answered 503 with
 *                             {@code Retry-After} straight away ({@link RequestTimeoutFilter}). The actuator's
 *                             endpoints are not counted
 * @param idempotencyRetention how long an {@code Idempotency-Key} and its response are remembered
 *                             ({@link IdempotencyFilter})
 * @param idempotencyLease     how long a key whose request is still running blocks repeats (409); past it the
 *                             request counts as abandoned (its instance died) and a repeat runs again. Longer than a
 *                             request can run, timeouts included
 * @param readYourWritesWait   how long a {@code GET} of a projected {@link VersionedResource} waits at most for its
 *                             projection to apply the aggregate's last event (then it shows the older state, with
 *                             that version as {@code ETag}); 0 does not wait
 */
@ConfigurationProperties(prefix = "mtp.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestBody,
                            @DefaultValue("30s") Duration requestTimeout,
                            @DefaultValue("64") int maxConcurrentRequests,
                            @DefaultValue("24h") Duration idempotencyRetention,
                            @DefaultValue("5m") Duration idempotencyLease,
                            @DefaultValue("2s") Duration readYourWritesWait) {
}
