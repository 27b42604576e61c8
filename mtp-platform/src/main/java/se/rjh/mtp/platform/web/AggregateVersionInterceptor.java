package se.rjh.mtp.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Optimistic concurrency for {@link VersionedResource}s, in one place instead of per endpoint: a {@code GET} of the
 * resource answers with {@code ETag: "<last sequence number>"}; a command under its path ({@code POST}, {@code PUT},
 * {@code PATCH}, {@code DELETE}) with an {@code If-Match} that names another version is refused with 409 and the
 * current version ({@value #CURRENT_VERSION}), before the handler runs. Without {@code If-Match} nothing changes.
 * Registered after {@code EarlyMethodAuthorization}, so a caller without the role gets 403 and learns no version.
 * <p>
 * A {@linkplain VersionedResource#isProjected() projected} body lags the event store by a moment, so a page read
 * right after its command (post/redirect/get) could show the old state: its {@code GET} first waits, polling a few ms
 * apart and at most {@code readYourWritesWait}, until the document has applied the store's last event. The tag is the
 * document's version, also when the wait ran out, so an {@code If-Match} built from it names what the user saw.
 * <p>
 * The check and the command are not atomic: this catches "someone changed it since I looked"; a change in between is
 * still caught by the event store's own sequence check, so no update is ever lost.
 */
public class AggregateVersionInterceptor implements HandlerInterceptor {

    public static final String CURRENT_VERSION = "currentVersion";
    /** One or more strong entity tags of digits, or {@code *}. */
    private static final Pattern IF_MATCH = Pattern.compile("\\*|\"\\d{1,19}\"(\\s*,\\s*\"\\d{1,19}\")*");
    private static final List<String> COMMANDS = List.of("POST", "PUT", "PATCH", "DELETE");
    /** How often a waiting read looks at the projection again: short against a processor's usual lag. */
    private static final long POLL_MILLIS = 5;

    private final List<Versioned> resources;
    private final Duration readYourWritesWait;

    /** @param readYourWritesWait how long a read of a projected resource waits for its projection at most */
    public AggregateVersionInterceptor(List<VersionedResource> resources, Duration readYourWritesWait) {
        this.readYourWritesWait = readYourWritesWait;
        PathPatternParser parser = new PathPatternParser();
        this.resources = resources.stream().map(r -> new Versioned(r, parser.parse(r.pattern()),
                parser.parse(r.pattern() + "/**"))).toList();
    }

    /** The {@code ETag} of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean command = COMMANDS.contains(request.getMethod());
        for (Versioned resource : resources) {
            if (read) {
                PathPattern.PathMatchInfo match = resource.self().matchAndExtract(path);
                if (match != null) {
                    // Looked up before the handler reads: the tag is never newer than the body it comes with.
                    resource.bodyVersion(match, readYourWritesWait)
                            .ifPresent(v -> response.setHeader(HttpHeaders.ETAG, etag(v)));
                    return true;
                }
            } else if (command) {
                PathPattern.PathMatchInfo match = resource.commands().matchAndExtract(path);
                if (match != null) {
                    return ifMatch(request, response, resource, match);
                }
            }
        }
        return true;
    }

    private static boolean ifMatch(HttpServletRequest request, HttpServletResponse response, Versioned resource,
                                   PathPattern.PathMatchInfo match) throws IOException {
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch == null) {
            return true;
        }
        ifMatch = ifMatch.strip();
        if (!IF_MATCH.matcher(ifMatch).matches()) {
            ProblemResponses.write(response, ProblemDetailsAdvice.fieldProblem(List.of(new ProblemDetailsAdvice.FieldError(
                    HttpHeaders.IF_MATCH, "must be * or the ETag of the resource, such as \"3\""))), request);
            return false;
        }
        Optional<Long> current = resource.lastSequence(match);
        // No such aggregate: the handler answers 404 as it would without the header.
        if (current.isEmpty() || "*".equals(ifMatch) || List.of(ifMatch.split("\\s*,\\s*")).contains(etag(current.get()))) {
            return true;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Changed by someone else since version " + ifMatch + " was read; the current version is "
                + current.get() + ". Read it again and decide whether to repeat the change.");
        problem.setTitle("Changed since it was read");
        problem.setProperty(CURRENT_VERSION, current.get());
        problem.setProperty("field", HttpHeaders.IF_MATCH);
        response.setHeader(HttpHeaders.ETAG, etag(current.get()));
        ProblemResponses.write(response, problem, request);
        return false;
    }

    /**
     * The version the projection shows once it has applied {@code stored} (the event store's last sequence number),
     * looked at every few ms; when {@code wait} runs out first, the version it shows then.
     */
    private static Optional<Long> caughtUp(Optional<Long> stored, Supplier<Optional<Long>> projected, Duration wait) {
        Optional<Long> shown = projected.get();
        if (stored.isEmpty()) {
            return shown;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (shown.orElse(-1L) < stored.get() && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            shown = projected.get();
        }
        return shown;
    }

    private record Versioned(VersionedResource resource, PathPattern self, PathPattern commands) {
        Optional<Long> lastSequence(PathPattern.PathMatchInfo match) {
            return resource.lastSequence().apply(id(match));
        }

        /** The version of the body the handler is about to read. */
        Optional<Long> bodyVersion(PathPattern.PathMatchInfo match, Duration wait) {
            if (!resource.isProjected()) {
                return lastSequence(match);
            }
            String id = id(match);
            return caughtUp(resource.lastSequence().apply(id), () -> resource.projectedSequence().apply(id), wait);
        }

        private static String id(PathPattern.PathMatchInfo match) {
            return match.getUriVariables().get(VersionedResource.ID);
        }
    }
}
