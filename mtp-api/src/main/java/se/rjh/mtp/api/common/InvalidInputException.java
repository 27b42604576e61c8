package se.rjh.mtp.api.common;

/** Input that breaks a rule of the domain; answered with 400 naming the field. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
