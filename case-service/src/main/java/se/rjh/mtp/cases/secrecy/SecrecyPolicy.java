package se.rjh.mtp.cases.secrecy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import se.rjh.mtp.api.common.ProtectedText.Part;
import se.rjh.mtp.api.common.Secrecy;

/**
 * Who reads which part of a secrecy-marked case's text, decided here once for every view of case-service (the case,
 * the list, the history):
 * <ul>
 *   <li>case officer, chair, auditor and admin read everything;</li>
 *   <li>the registrar reads and corrects the registration data (registering is their job), but not the
 *   preparation;</li>
 *   <li>everyone else (a LAG member) reads no text at all.</li>
 * </ul>
 * A case that is not marked hides nothing.
 */
public final class SecrecyPolicy {

    private static final String REGISTRAR = "REGISTRAR";

    private SecrecyPolicy() {
    }

    /** The parts of a marked case's text hidden from a reader with these roles (with or without {@code ROLE_}). */
    public static Set<Part> hiddenFrom(Collection<String> roles) {
        if (Secrecy.mayReadProtected(roles)) {
            return Set.of();
        }
        boolean registrar = roles != null
                && roles.stream().anyMatch(role -> role.equals(REGISTRAR) || role.equals("ROLE_" + REGISTRAR));
        return registrar ? Set.of(Part.PREPARATION) : EnumSet.allOf(Part.class);
    }

    /** What a reader with these roles sees of the value: on a marked case the hidden parts' text is masked. */
    public static <T> T shown(T value, boolean secret, Collection<String> roles) {
        return secret ? masked(value, hiddenFrom(roles)) : value;
    }

    /** The value with the text of these parts masked ({@value Secrecy#PROTECTED}). */
    public static <T> T masked(T value, Set<Part> hidden) {
        return hidden.isEmpty() ? value
                : ProtectedTexts.rewrite(value, (part, text) -> hidden.contains(part) ? Secrecy.PROTECTED : text);
    }
}
