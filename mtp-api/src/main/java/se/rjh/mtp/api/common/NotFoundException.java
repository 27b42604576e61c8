package se.rjh.mtp.api.common;

/** A thing that does not exist; answered with 404. */
public class NotFoundException extends DomainException {
    private final String what;
    private final String id;

    public NotFoundException(String what, String id) {
        // The title is the status's reason phrase, as every other 404 of the services says it.
        super(404, "Not Found", what + " " + id + " not found");
        this.what = what;
        this.id = id;
    }

    /** What kind of thing was asked for, e.g. {@code case}. */
    public String what() {
        return what;
    }

    /** The id as the caller gave it: request text, so never echoed without a check. */
    public String id() {
        return id;
    }
}
