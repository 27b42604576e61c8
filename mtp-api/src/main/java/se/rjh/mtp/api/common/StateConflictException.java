package se.rjh.mtp.api.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An action that the current lifecycle step does not allow; answered with 409.
 * Names the step the thing is in and what is needed first, so a user knows what to do next.
 */
public class StateConflictException extends DomainException {
    private final String currentState;
    private final String needed;

    public StateConflictException(String currentState, String needed) {
        super(409, "Not allowed in the current step", "Not allowed in step " + currentState + ": " + needed);
        this.currentState = currentState;
        this.needed = needed;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentStep", currentState);
        properties.put("needed", needed);
        return properties;
    }
}
