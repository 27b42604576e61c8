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
    public static final Set<String> READERS = Set.of("CASE_OFFICER", "LSG_CHAIR", "AUDITOR", "ADMIN");

    /**
     * How an encrypted value starts ({@code enc:v1:<base64>}): only case-service holds the key, so every other service
     * shows {@link #PROTECTED} in its place.
     */
    public static final String ENCRYPTED_PREFIX = "enc:v1:";

    private Secrecy() {
    }

    /** Whether a reader holding these roles (with or without the {@code ROLE_} prefix) sees protected text. */
    public static boolean mayReadProtected(Collection<String> roles) {
        return roles != null && roles.stream()
                .map(role -> role.startsWith("ROLE_") ? role.substring(5) : role)
                .anyMatch(READERS::contains);
    }

    /** Whether the value is encrypted text of a marked case, which only case-service can read. */
    public static boolean isEncrypted(String value) {
        return value != null && value.startsWith(ENCRYPTED_PREFIX);
    }

    /** The value as a service without the key shows it: the mask in place of encrypted text, else unchanged. */
    public static String display(String value) {
        return isEncrypted(value) ? PROTECTED : value;
    }

    /** The value as a reader may see it: unchanged, or the mask when it is protected from this reader. */
    public static String shown(String value, boolean masked) {
        return masked && value != null ? PROTECTED : value;
    }
}
