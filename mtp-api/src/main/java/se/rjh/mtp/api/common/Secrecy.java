package se.rjh.mtp.api.common;

import java.util.Collection;
import java.util.Set;

/**
 * What a secrecy-marked case (OSL) shows to a reader without access: the text {@value #PROTECTED} in place of every
 * protected field. One place for the mask and for who may read through it, so every API, list, diarium and trail
 * masks alike.
 */
public final class Secrecy {

    /** Shown in place of protected text. */
    public static final String PROTECTED = "[Skyddat]";

    /** Roles (without the {@code ROLE_} prefix) that read a marked case's protected text. */
    public static final Set<String> READERS = Set.of("CASE_OFFICER", "LSG_CHAIR", "AUDITOR");

    private Secrecy() {
    }

    /** Whether a reader holding these roles (with or without the {@code ROLE_} prefix) sees protected text. */
    public static boolean mayReadProtected(Collection<String> roles) {
        return roles != null && roles.stream()
                .map(role -> role.startsWith("ROLE_") ? role.substring(5) : role)
                .anyMatch(READERS::contains);
    }

    /** The value as a reader may see it: unchanged, or the mask when it is protected from this reader. */
    public static String shown(String value, boolean masked) {
        return masked && value != null ? PROTECTED : value;
    }
}
