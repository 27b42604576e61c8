package se.rjh.mtp.platform.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles of the LSG MTP's people. */
public final class Roles {
    public static final String REGISTRAR = "REGISTRAR";
    public static final String CASE_OFFICER = "CASE_OFFICER";
    public static final String LSG_CHAIR = "LSG_CHAIR";
    public static final String LAG_MEMBER = "LAG_MEMBER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }

    /**
     * Whether the signed-in user holds any of these roles: for a rule that depends on the role beyond
     * {@code @PreAuthorize}, such as the chair acting on every case where a case officer acts only on their own.
     */
    public static boolean anyHeld(Authentication user, String... roles) {
        if (user == null) {
            return false;
        }
        Set<String> wanted = Set.of(roles);
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.startsWith("ROLE_") && wanted.contains(a.substring(5)));
    }
}
