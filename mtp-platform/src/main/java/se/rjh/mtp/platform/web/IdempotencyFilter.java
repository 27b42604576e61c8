package se.rjh.mtp.platform.web;

import com.mongodb.MongoException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.rjh.mtp.api.common.PersonalIdentityNumberGuard;

/**
 * Makes a {@code POST} safe to repeat: a request carrying an {@code Idempotency-Key} header is done once per caller,
 * path and key. A repeat gets the first request's response (status, body, {@code Location}) with
 * {@code Idempotency-Replayed: true}, and nothing is done again; a repeat while the first is still running gets 409;
 * the same key with a different body gets 422. Only a successful (2xx) response is kept: after any other answer the
 * key is free again, so the client may correct the request and send it with the same key. Without the header nothing
 * changes. Runs after security (the caller is part of the key) and on the worker of {@link RequestTimeoutFilter}, so
 * a request answered 503 for taking too long still records its result when it completes, for the client's retry.
 */
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyRecords records;

    IdempotencyFilter(IdempotencyRecords records) {
        this.records = records;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        // Logged and stored (hashed) like any request text: a personal identity number is refused here too.
        if (!VALID_KEY.matcher(key).matches() || PersonalIdentityNumberGuard.containsPersonalIdentityNumber(key)) {
            ProblemResponses.write(response, ProblemDetailsAdvice.fieldProblem(List.of(new ProblemDetailsAdvice.FieldError(
                    HEADER, "must be 1 to 255 visible ASCII characters"))), request);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
            ProblemResponses.write(response, RequestBodyLimitFilter.tooLarge(tooLarge.maxBytes()), request);
            return;
        }
        String id = sha256(caller(), request.getMethod(), request.getRequestURI(), key);
        String fingerprint = sha256(String.valueOf(request.getQueryString()), HexFormat.of().formatHex(body));
        IdempotencyRecords.Claim claim;
        try {
            claim = records.claim(id, fingerprint);
        } catch (MongoException e) {
            unavailable(response, request, e);
            return;
        }
        switch (claim.verdict()) {
            case REPLAY -> replay(response, claim.response());
            case IN_PROGRESS -> inProgress(response, request);
            case DIFFERENT_REQUEST -> differentRequest(response, request);
            case PROCEED -> proceed(new CachedBodyRequest(request, body), response, chain, id);
        }
    }

    private void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String id)
            throws ServletException, IOException {
        RecordingResponse recording = new RecordingResponse(response);
        try {
            chain.doFilter(request, recording);
        } catch (IOException | ServletException | RuntimeException e) {
            releaseQuietly(id);
            throw e;
        }
        if (recording.status >= 200 && recording.status < 300) {
            try {
                records.complete(id, new IdempotencyRecords.StoredResponse(recording.status, recording.contentType,
                        recording.location, recording.getContentAsByteArray()));
            } catch (MongoException e) {
                // Still in progress for repeats until its lease runs out; the answer itself is good.
                log.warn("Idempotency key not recorded: {}", e.getClass().getSimpleName());
            }
        } else {
            releaseQuietly(id);
        }
        recording.copyBodyToResponse();
    }

    private void releaseQuietly(String id) {
        try {
            records.release(id);
        } catch (MongoException e) {
            log.warn("Idempotency key not released: {}", e.getClass().getSimpleName());
        }
    }

    private static void replay(HttpServletResponse response, IdempotencyRecords.StoredResponse stored)
            throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private static void inProgress(HttpServletResponse response, HttpServletRequest request) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "A request with this Idempotency-Key is still being handled. Repeat it once that one is done.");
        problem.setTitle("Request in progress");
        response.setHeader(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS);
        ProblemResponses.write(response, problem, request);
    }

    private static void differentRequest(HttpServletResponse response, HttpServletRequest request) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "This Idempotency-Key was used for a different request. Use a new key for a new request.");
        problem.setTitle("Idempotency-Key reused");
        problem.setProperty("field", HEADER);
        ProblemResponses.write(response, problem, request);
    }

    private static void unavailable(HttpServletResponse response, HttpServletRequest request, MongoException e)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS);
        ProblemResponses.write(response, ProblemDetailsAdvice.storageUnavailableProblem(e), request);
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    /** The parts, each with its length, so that no two different lists hash alike. */
    private static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body, read once to fingerprint it, served again to the rest of the chain. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /**
     * Keeps the body and notes the status, content type and location as the handler sets them; they are noted here
     * because the response beneath may already have been abandoned for a timeout answer.
     */
    private static final class RecordingResponse extends ContentCachingResponseWrapper {
        int status = HttpServletResponse.SC_OK;
        String contentType;
        String location;

        RecordingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
            super.setContentType(type);
        }

        @Override
        public void setHeader(String name, String value) {
            note(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            note(name, value);
            super.addHeader(name, value);
        }

        private void note(String name, String value) {
            if (HttpHeaders.LOCATION.equalsIgnoreCase(name)) {
                location = value;
            } else if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                contentType = value;
            }
        }
    }
}
