package se.rjh.mtp.platform.eventstore;

import java.util.List;

/**
 * The store could not tell whether a commit was stored: its insert was sent, the answer was lost (connection broken,
 * timeout), and neither reading it back nor fencing off its reserved range succeeded. The events may or may not
 * exist, so the caller must not be told "nothing was changed": the web layer answers 503 with a problem type saying
 * the outcome is unknown, and the client checks before it retries. The cause is the original driver error.
 */
public class CommitOutcomeUnknownException extends RuntimeException {

    private final List<String> eventIdentifiers;

    public CommitOutcomeUnknownException(List<String> eventIdentifiers, Throwable cause) {
        super("Outcome of the commit of " + eventIdentifiers.size() + " event(s) starting with "
                      + (eventIdentifiers.isEmpty() ? "-" : eventIdentifiers.get(0))
                      + " is unknown: it may or may not be stored", cause);
        this.eventIdentifiers = List.copyOf(eventIdentifiers);
    }

    /** Identifiers of the commit's events, in order: what to look for before retrying. */
    public List<String> eventIdentifiers() {
        return eventIdentifiers;
    }
}
