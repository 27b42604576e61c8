package se.rjh.mtp.api.common;

/**
 * An action that the current lifecycle step does not allow; answered with 409.
 * Names the step the thing is in and what is needed first, so a user knows what to do next.
 */
public class StateConflictException extends RuntimeException {
    private final String currentState;
    private final String needed;

    public StateConflictException(String currentState, String needed) {
        super("Not allowed in step " + currentState + ": " + needed);
        this.currentState = currentState;
        this.needed = needed;
    }

    public String currentState() {
        return currentState;
    }

    public String needed() {
        return needed;
    }
}
