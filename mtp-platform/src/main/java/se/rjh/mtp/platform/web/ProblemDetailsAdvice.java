package se.rjh.mtp.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.rjh.mtp.api.common.DomainException;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.PersonalIdentityNumberGuard;
import se.rjh.mtp.platform.eventstore.CommitOutcomeUnknownException;

/**
 * Every error as an RFC 9457 problem: which field and why for bad input, which step and what is needed for a
 * refused transition. The rejected value is never echoed: it may be a personal identity number or a script.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** Ids and field names that may be named back: letters, digits and a few separators, nothing markup or code
     *  needs (and no personal identity number). */
    private static final Pattern SAFE_TEXT = Pattern.compile("[\\p{L}\\p{N} ._:/+\\-\\[\\]]{1,120}");

    /**
     * Any refusal by a domain rule, answered from what the exception itself says: status, title and extra members.
     * Bad input keeps the field-error shape that bean validation gives, and a missing thing's id is named back only
     * when it is a plain id.
     */
    @ExceptionHandler(DomainException.class)
    public ResponseEntity<ProblemDetail> domainRefusal(DomainException e) {
        return ResponseEntity.status(e.status()).body(problemFor(e));
    }

    static ProblemDetail problemFor(DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            return fieldProblem(List.of(new FieldError(invalid.field(), invalid.getMessage())));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), detail(e));
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    private static String detail(DomainException e) {
        if (e instanceof NotFoundException missing) {
            // The id is request text (a path segment): named only when it is a plain id, never a script or query.
            return isSafeToName(missing.id())
                    ? missing.what() + " " + missing.id() + " not found" : missing.what() + " not found";
        }
        return e.getMessage();
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ProblemDetail notFound(AggregateNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource.");
    }

    /** Two commands raced for the same aggregate sequence; also covers two creations of the same aggregate. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    public ProblemDetail concurrentModification(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this at the same time. Reload it and try again.");
        problem.setTitle("Concurrent modification");
        return problem;
    }

    /**
     * The system was too busy to finish in time. Axon's handler timeout interrupts the request thread; the pooled
     * thread must not carry that interrupt into the next request.
     */
    @ExceptionHandler(AxonTimeoutException.class)
    public ResponseEntity<ProblemDetail> tooBusy(AxonTimeoutException e) {
        Thread.interrupted();
        log.warn("Handler timed out");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The request could not be completed in time. Check whether it took effect before trying again.");
        return unavailable(problem);
    }

    /** The store cannot tell whether the change was stored: never "nothing was changed". */
    @ExceptionHandler(CommitOutcomeUnknownException.class)
    public ResponseEntity<ProblemDetail> outcomeUnknown(CommitOutcomeUnknownException e) {
        log.warn("Commit outcome unknown: {}", e.getCause() != null ? e.getCause().getClass().getSimpleName() : "-");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The store could not confirm whether the change was saved. Check whether it took effect, or repeat "
                + "it with the same Idempotency-Key, before trying again.");
        problem.setTitle("Outcome unknown");
        problem.setType(ProblemResponses.OUTCOME_UNKNOWN);
        return unavailable(problem);
    }

    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class})
    public ResponseEntity<ProblemDetail> storageUnavailable(RuntimeException e) {
        log.warn("Unavailable: {}", e.getClass().getSimpleName());
        return unavailable(storageUnavailableProblem(e));
    }

    /** The store away or not answering: "nothing was changed" only when no request reached it. */
    static ProblemDetail storageUnavailableProblem(RuntimeException e) {
        if (e instanceof MongoSocketReadException || e instanceof MongoSocketReadTimeoutException) {
            // Sent, but no answer (socket timeout or a broken connection): a write may have been applied.
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The store did not answer in time. If this request changes something, check whether it took "
                    + "effect, or repeat it with the same Idempotency-Key, before trying again.");
            problem.setType(ProblemResponses.OUTCOME_UNKNOWN);
            return problem;
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The store is not reachable right now. Nothing was changed; try again shortly.");
    }

    private static ResponseEntity<ProblemDetail> unavailable(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS).body(problem);
    }

    /**
     * A command handler's refusal, as the command bus hands it back: the cause, or, when the command crossed a
     * process boundary and the cause could not travel, the details the handler attached.
     */
    @ExceptionHandler(CommandExecutionException.class)
    public ResponseEntity<?> commandFailed(CommandExecutionException e) {
        Object refusal = e.getCause() instanceof DomainException ? e.getCause() : e.getDetails().orElse(null);
        if (refusal instanceof DomainException domain) {
            return domainRefusal(domain);
        }
        Throwable cause = e.getCause();
        if (cause instanceof AggregateNotFoundException missing) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(missing));
        }
        if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(concurrentModification((RuntimeException) cause));
        }
        return unexpected(cause instanceof Exception inner && !(cause instanceof CommandExecutionException) ? inner : e);
    }

    /** Method security denies inside the MVC call; answer like the filter chain does. */
    @ExceptionHandler(AccessDeniedException.class)
    public ProblemDetail accessDenied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this action.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail illegalArgument(IllegalArgumentException e) {
        // Where it came from, not its message: the message may quote the refused input.
        log.warn("Request refused as invalid: {} at {}", e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // The store may fail deep inside Axon (wrapped in an EventStoreException or the like): still a 503, not a 500.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Before the driver errors: an unknown outcome carries the driver error that caused it.
            if (cause instanceof CommitOutcomeUnknownException unknown) {
                return outcomeUnknown(unknown);
            }
            if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException) {
                return storageUnavailable((RuntimeException) cause);
            }
            if (cause instanceof AxonTimeoutException timeout) {
                return tooBusy(timeout);
            }
        }
        log.error("Unexpected failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred. It has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        if (errors.isEmpty()) {
            errors = List.of(new FieldError(e.getBindingResult().getObjectName(), "is not valid"));
        }
        return ResponseEntity.badRequest().body(fieldProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldError(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(fieldProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(RequestBodyLimitFilter.tooLarge(tooLarge.maxBytes()));
            }
        }
        String field = "body";
        String reason = "is not readable JSON";
        // Only the type: Jackson's message quotes the request text, which may hold a personal identity number.
        log.debug("Unreadable request body: {}", e.getCause() != null ? e.getCause().getClass().getSimpleName() : "-");
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            reason = mapping instanceof UnrecognizedPropertyException ? "is not a known field" : "has the wrong type or format";
        }
        return ResponseEntity.badRequest().body(fieldProblem(List.of(new FieldError(field, reason))));
    }

    /** A fixed text: the default one quotes the decoded path, which is request text. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).headers(headers)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource."));
    }

    /** A fixed text: the default one quotes the Content-Type header as sent. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "The request body must be sent as application/json.");
        problem.setTitle("Unsupported media type");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return ResponseEntity.badRequest().body(fieldProblem(List.of(
                    new FieldError(mismatch.getName(), "has the wrong type or format"))));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return fieldProblem(List.of(new FieldError(e.getName(), "has the wrong type or format")));
    }

    static ProblemDetail fieldProblem(List<FieldError> errors) {
        errors = errors.stream().map(f -> new FieldError(safeField(f.field()), f.reason())).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(f -> f.field() + " " + f.reason()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid input");
        problem.setProperty("field", errors.get(0).field());
        problem.setProperty("errors", errors.stream().map(f -> Map.of("field", f.field(), "reason", f.reason())).toList());
        return problem;
    }

    /** An unknown field's name is request text: named only when it looks like a field name. */
    static String safeField(String field) {
        return isSafeToName(field) ? field : "(unknown field)";
    }

    private static boolean isSafeToName(String text) {
        return text != null && SAFE_TEXT.matcher(text).matches()
                && !PersonalIdentityNumberGuard.containsPersonalIdentityNumber(text);
    }

    record FieldError(String field, String reason) {
    }
}
