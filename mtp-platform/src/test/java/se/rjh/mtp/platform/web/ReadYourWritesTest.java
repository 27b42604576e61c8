package se.rjh.mtp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@link AggregateVersionInterceptor} on a projected {@link VersionedResource}: a read waits for a projection that is
 * behind the event store, serves one that never catches up after the bound with the version it shows, and answers a
 * caught-up one at once; commands are still checked against the store. The "store" and "projection" are maps here;
 * the group-service HTTP tests run the same against the real ones.
 */
class ReadYourWritesTest {

    private static final String PATH = "/api/things/{id}";

    private final Map<String, Long> store = new HashMap<>();
    private final AtomicInteger projectionReads = new AtomicInteger();

    @Test
    void aProjectionBehindTheStoreIsWaitedFor() throws Exception {
        // the processor applies the last event while the read waits: the fourth look sees it
        assertThat(etagOfVersionFour(n -> n < 4 ? 3L : 4L, Duration.ofSeconds(30))).isEqualTo("\"4\"");
        assertThat(projectionReads).hasValue(4);
    }

    @Test
    void aProjectionThatNeverCatchesUpIsServedAfterTheBoundWithItsOwnVersion() throws Exception {
        assertThat(etagOfVersionFour(n -> 2L, Duration.ofMillis(30))).isEqualTo("\"2\"");
        assertThat(projectionReads.get()).isGreaterThan(1);
    }

    @Test
    void aCaughtUpProjectionIsAnsweredAtOnce() throws Exception {
        assertThat(etagOfVersionFour(n -> 4L, Duration.ofSeconds(30))).isEqualTo("\"4\"");
        assertThat(projectionReads).hasValue(1);
    }

    @Test
    void aDocumentNotYetWrittenAndNoWaitGivesNoETag() throws Exception {
        store.put("a", 0L);

        MockHttpServletResponse response = get(projected(id -> Optional.empty()), Duration.ZERO, "/api/things/a");

        assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
    }

    @Test
    void anEventSourcedResourceIsVersionedByTheStoreAlone() throws Exception {
        store.put("a", 7L);
        VersionedResource resource = new VersionedResource(PATH, id -> Optional.ofNullable(store.get(id)), null);

        MockHttpServletResponse response = get(resource, Duration.ofSeconds(30), "/api/things/a");

        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"7\"");
    }

    @Test
    void aCommandIsCheckedAgainstTheStoreNotTheProjection() throws Exception {
        store.put("a", 4L);
        AggregateVersionInterceptor interceptor = new AggregateVersionInterceptor(
                List.of(projected(id -> Optional.of(3L))), Duration.ZERO);
        MockHttpServletRequest stale = new MockHttpServletRequest("POST", "/api/things/a/accept");
        stale.addHeader(HttpHeaders.IF_MATCH, "\"3\"");
        MockHttpServletRequest current = new MockHttpServletRequest("POST", "/api/things/a/accept");
        current.addHeader(HttpHeaders.IF_MATCH, "\"4\"");
        MockHttpServletResponse refused = new MockHttpServletResponse();

        assertThat(interceptor.preHandle(stale, refused, new Object())).isFalse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(interceptor.preHandle(current, new MockHttpServletResponse(), new Object())).isTrue();
    }

    /** The ETag a read answers with when the store is at version 4 and the projection shows {@code version}. */
    private String etagOfVersionFour(IntFunction<Long> version, Duration wait) throws Exception {
        store.put("a", 4L);
        return get(projected(looks(version)), wait, "/api/things/a").getHeader(HttpHeaders.ETAG);
    }

    /** The projection's version at each look (1, 2, …), counting the looks. */
    private Function<String, Optional<Long>> looks(IntFunction<Long> version) {
        return id -> Optional.of(version.apply(projectionReads.incrementAndGet()));
    }

    private VersionedResource projected(Function<String, Optional<Long>> projection) {
        return new VersionedResource(PATH, id -> Optional.ofNullable(store.get(id)), projection);
    }

    private static MockHttpServletResponse get(VersionedResource resource, Duration wait, String path)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean goOn = new AggregateVersionInterceptor(List.of(resource), wait)
                .preHandle(new MockHttpServletRequest("GET", path), response, new Object());
        assertThat(goOn).isTrue();
        return response;
    }
}
