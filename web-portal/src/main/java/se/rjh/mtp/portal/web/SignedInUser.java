package se.rjh.mtp.portal.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, as the pages need it: the stable name the services record as actor (the token's subject) and
 * the roles. Role names are those of the services (mtp-platform {@code Roles}).
 */
public record SignedInUser(String name, String displayName, Set<String> roles) {

    public static final String REGISTRAR = "REGISTRAR";
    public static final String CASE_OFFICER = "CASE_OFFICER";
    public static final String LSG_CHAIR = "LSG_CHAIR";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    public static SignedInUser of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        String display = authentication.getPrincipal() instanceof OidcUser oidc && oidc.getPreferredUsername() != null
                ? oidc.getPreferredUsername() : authentication.getName();
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet());
        return new SignedInUser(authentication.getName(), display, roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isRegistrar() {
        return has(REGISTRAR);
    }

    public boolean isCaseOfficer() {
        return has(CASE_OFFICER);
    }

    public boolean isChair() {
        return has(LSG_CHAIR);
    }

    public boolean isAuditor() {
        return has(AUDITOR);
    }

    /** The auditor's views (issue 17): the auditor, and the operator who runs verification and replay. */
    public boolean isAuditReader() {
        return has(AUDITOR) || has(ADMIN);
    }
}
