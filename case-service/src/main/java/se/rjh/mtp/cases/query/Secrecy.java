package se.rjh.mtp.cases.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.security.core.Authentication;

/**
 * A marked case still shows in lists, but its sender and subject are hidden from everyone without the case officer,
 * chair or auditor role. The description is hidden with them, since it usually restates the subject.
 */
final class Secrecy {

    static final String PROTECTED = "[Skyddat]";

    private Secrecy() {
    }

    static boolean mayReadProtected(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> switch (a.getAuthority()) {
            case "ROLE_CASE_OFFICER", "ROLE_LSG_CHAIR", "ROLE_AUDITOR" -> true;
            default -> false;
        });
    }

    /** Masks the intake fields of a case view or of a CaseReceived event's data. */
    static void mask(ObjectNode node) {
        if (node.has("subject")) {
            node.put("subject", PROTECTED);
        }
        if (node.hasNonNull("description")) {
            node.put("description", PROTECTED);
        }
        if (node.has("submitter")) {
            ObjectNode submitter = node.putObject("submitter");
            submitter.put("name", PROTECTED);
            submitter.put("unit", PROTECTED);
            submitter.put("email", PROTECTED);
        }
    }
}
