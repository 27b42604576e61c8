package se.rjh.mtp.api.common;

import java.util.Map;

/**
 * A refusal by a rule of the domain. Each kind carries the HTTP status, title and extra problem fields it is answered
 * with, so the platform's one problem mapping needs no list of exception types and no controller maps its own.
 */
public abstract class DomainException extends RuntimeException {

    private final int status;
    private final String title;

    protected DomainException(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    /** The HTTP status this refusal is answered with. */
    public int status() {
        return status;
    }

    /** A short, stable summary of the kind of problem (the problem's {@code title}). */
    public String title() {
        return title;
    }

    /** Extra problem members beside {@code detail}; values must be safe to show to the caller. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
