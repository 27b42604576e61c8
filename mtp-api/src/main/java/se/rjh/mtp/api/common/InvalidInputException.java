package se.rjh.mtp.api.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Input that breaks a rule of the domain; answered with 400 naming the field. */
public class InvalidInputException extends DomainException {
    private final String field;

    public InvalidInputException(String field, String reason) {
        super(400, "Invalid input", reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /**
     * The same shape as a bean-validation failure: the first failing {@code field}, and one entry per field in
     * {@code errors}, so clients read both alike.
     */
    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("field", field);
        properties.put("errors", List.of(Map.of("field", field, "reason", getMessage())));
        return properties;
    }
}
