package se.rjh.mtp.api.common;

import java.util.List;
import java.util.Map;

/** Input that breaks a rule of the domain; answered with 400 naming the field. */
public class InvalidInputException extends DomainException {
    private final String field;

    public InvalidInputException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }

    /** The same shape as a bean-validation failure: one entry per field, so clients read both alike. */
    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", List.of(Map.of("field", field, "reason", getMessage())));
    }
}
