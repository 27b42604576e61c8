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
    private final List<String> missing;
    private final List<String> openFollowUps;

    public ServiceRefusal(int status, String detail, List<FieldProblem> fieldProblems) {
        this(status, detail, fieldProblems, List.of());
    }

    /** @param missing what a refused transition still needs, as the service lists it (a proposal's checklist) */
    public ServiceRefusal(int status, String detail, List<FieldProblem> fieldProblems, List<String> missing) {
        this(status, detail, fieldProblems, missing, List.of());
    }

    /** @param openFollowUps the ids of the follow-ups that keep a case from being closed */
    public ServiceRefusal(int status, String detail, List<FieldProblem> fieldProblems, List<String> missing,
                          List<String> openFollowUps) {
        super(detail);
        this.openFollowUps = List.copyOf(openFollowUps);
        this.status = status;
        this.fieldProblems = List.copyOf(fieldProblems);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }

    public List<String> openFollowUps() {
        return openFollowUps;
    }

    public int status() {
        return status;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
