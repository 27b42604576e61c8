package se.rjh.mtp.api.common;

/** A thing that does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
    }
}
