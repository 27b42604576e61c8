package se.rjh.mtp.platform.web;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request that is not done within {@code mtp.web.request-timeout} with 503, {@code Retry-After} and a
 * problem body, whatever it is waiting for: a command waiting on the event store's writer (a wait that is not
 * interruptible on purpose, see {@code CommitWriter}), a query, a lock. The rest of the chain runs on a worker thread
 * while the request thread waits with a deadline; past it the worker's answer is shut out ({@link GuardedResponse})
 * and the 503 is sent instead. The worker is not interrupted: a change it is making may still complete, so for a
 * changing request the problem type says the outcome is unknown (retry with the same {@code Idempotency-Key}).
 * <p>
 * It also bounds how many requests are handled at once ({@code mtp.web.max-concurrent-requests}), and so the
 * workers: one more is answered 503 with {@code Retry-After} at once, before security or any work, so nothing changed
 * and any method may be repeated. An overload then costs callers a "try again", not the service its heap: without the
 * bound, an open-loop overload ran reporting-service out of memory and Tomcat's poller thread died with it
 * (BENCHMARKS.md, "The dashboard under overload"). The actuator's endpoints are not counted, so that health checks
 * and metrics still answer while the service is busy.
 * <p>
 * Runs after the correlation id and the HTTP observation are set up (their thread-bound context is carried over to
 * the worker, so traces and logs stay whole, and the metrics see the 503) and before security and Spring MVC, which
 * run wholly on the worker.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RequestTimeoutFilter extends OncePerRequestFilter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RequestTimeoutFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Duration timeout;
    private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();
    private final ExecutorService workers;
    private final Semaphore permits;

    public RequestTimeoutFilter(Duration timeout, int maxConcurrentRequests) {
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("mtp.web.max-concurrent-requests must be at least 1");
        }
        this.timeout = timeout;
        this.permits = new Semaphore(maxConcurrentRequests);
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "mtp-request-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Event streams stay open on purpose. The API documentation waits on nothing outside the process; it is only
     * slow the first time, when it is generated.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String path = request.getRequestURI();
        return accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE)
                || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean counted = !request.getRequestURI().startsWith("/actuator/");
        if (counted && !permits.tryAcquire()) {
            log.debug("More than the allowed requests at once; answered 503");
            writeProblem(request, response, busy(), false);
            return;
        }
        GuardedResponse guarded = new GuardedResponse(response);
        ContextSnapshot context = snapshots.captureAll();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        Future<?> work;
        try {
            work = workers.submit(() -> {
                try (ContextSnapshot.Scope scope = context.setThreadLocals()) {
                    if (logContext != null) {
                        MDC.setContextMap(logContext);
                    }
                    chain.doFilter(request, guarded);
                    return null;
                } finally {
                    MDC.clear();
                    Thread.interrupted(); // a pooled worker starts the next request clean
                    // Held until the work ends, also past a 503 for being late: the bound is on what runs.
                    if (counted) {
                        permits.release();
                    }
                }
            });
        } catch (RuntimeException notStarted) {
            if (counted) {
                permits.release();
            }
            throw notStarted;
        }
        try {
            work.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            if (guarded.abandon()) {
                log.warn("Request not done within {} ms; answered 503", timeout.toMillis());
                writeProblem(request, response, timedOut(request.getMethod()), true);
            }
            // The worker may still read the request: it stays valid until the worker is done, or for one more period.
            awaitQuietly(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while waiting for the request to be handled", e);
        } catch (ExecutionException e) {
            rethrow(e.getCause());
        }
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
                              boolean workerStillRuns) throws IOException {
        String correlationId = response.getHeader(CorrelationIdFilter.HEADER);
        response.reset();
        if (correlationId != null) {
            response.setHeader(CorrelationIdFilter.HEADER, correlationId);
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS);
        if (workerStillRuns) {
            // The thread still waits for the worker: the client should not send its next request on this connection.
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        ProblemResponses.write(response, problem, request);
        response.flushBuffer();
    }

    static ProblemDetail busy() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Too many requests are being handled right now; this one was not started. Try again shortly.");
        problem.setTitle("Service busy");
        return problem;
    }

    static ProblemDetail timedOut(String method) {
        boolean safe = SAFE_METHODS.contains(method);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, safe
                ? "The request could not be completed in time. Try again shortly."
                : "The request could not be completed in time; it may still take effect. Check whether it did, "
                  + "or repeat it with the same Idempotency-Key, before trying again.");
        problem.setTitle("Request timed out");
        if (!safe) {
            problem.setType(ProblemResponses.OUTCOME_UNKNOWN);
        }
        return problem;
    }

    private void awaitQuietly(Future<?> work) {
        try {
            work.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillBusy) {
            log.warn("Request handling still busy {} ms after its 503; no longer waited for", timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failedLate) {
            log.warn("Request failed after its 503: {}", failedLate.getCause().getClass().getName());
        }
    }

    private static void rethrow(Throwable failure) throws IOException, ServletException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof ServletException servlet) {
            throw servlet;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new ServletException(failure);
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }
}
