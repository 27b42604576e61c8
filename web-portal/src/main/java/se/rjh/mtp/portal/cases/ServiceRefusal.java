package se.rjh.mtp.portal.cases;

import java.util.List;

/**
 * A service said no (4xx): its problem's status, detail and, for bad input, each field and why. The reason is the
 * service's (English, for developers); pages say it in Swedish by field.
 */
public class ServiceRefusal extends RuntimeException {

    /** One refused field, by the service's name for it (e.g. {@code submitter.email}). */
    public record FieldProblem(String field, String reason) {
        /** The service's refusal of a personal identity number, which must never be shown or echoed back. */
        public boolean personalIdentityNumber() {
            return reason != null && reason.contains("personal identity number");
        }
    }

    private final int status;
    private final List<FieldProblem> fieldProblems;

    public ServiceRefusal(int status, String detail, List<FieldProblem> fieldProblems) {
        super(detail);
        this.status = status;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public int status() {
        return status;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
