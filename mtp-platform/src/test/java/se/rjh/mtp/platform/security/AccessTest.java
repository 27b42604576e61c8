package se.rjh.mtp.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;

/**
 * Each rule of {@link Access} as method security reads it through the meta-annotation (the same manager
 * {@link EarlyMethodAuthorization} asks): which of the six roles it lets in, and that nobody signed out gets in.
 */
class AccessTest {

    private static final String[] ROLES = {Roles.REGISTRAR, Roles.CASE_OFFICER, Roles.LSG_CHAIR, Roles.LAG_MEMBER,
            Roles.AUDITOR, Roles.ADMIN};

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    static class Endpoints {
        @Access.SignedIn
        void signedIn() {
        }

        @Access.Chair
        void chair() {
        }

        @Access.LagMember
        void lagMember() {
        }

        @Access.ChairOrAdmin
        void chairOrAdmin() {
        }

        @Access.CaseOfficerOrChair
        void caseOfficerOrChair() {
        }

        @Access.Auditor
        void auditor() {
        }

        @Access.AuditorOrAdmin
        void auditorOrAdmin() {
        }

        @Access.Registrar
        void registrar() {
        }

        @Access.CaseOfficer
        void caseOfficer() {
        }

        @Access.RegistrarOrChair
        void registrarOrChair() {
        }

        @Access.CaseHandler
        void caseHandler() {
        }

        @Access.Reviewer
        void reviewer() {
        }

        @Access.Admin
        void admin() {
        }
    }

    @Test
    void eachRuleLetsInItsRolesOnly() throws Exception {
        assertThat(allowed("signedIn")).containsExactlyInAnyOrder(ROLES);
        assertThat(allowed("chair")).containsExactly(Roles.LSG_CHAIR);
        assertThat(allowed("lagMember")).containsExactly(Roles.LAG_MEMBER);
        assertThat(allowed("chairOrAdmin")).containsExactlyInAnyOrder(Roles.LSG_CHAIR, Roles.ADMIN);
        assertThat(allowed("caseOfficerOrChair")).containsExactlyInAnyOrder(Roles.CASE_OFFICER, Roles.LSG_CHAIR);
        assertThat(allowed("auditor")).containsExactly(Roles.AUDITOR);
        assertThat(allowed("auditorOrAdmin")).containsExactlyInAnyOrder(Roles.AUDITOR, Roles.ADMIN);
        assertThat(allowed("registrar")).containsExactly(Roles.REGISTRAR);
        assertThat(allowed("caseOfficer")).containsExactly(Roles.CASE_OFFICER);
        assertThat(allowed("registrarOrChair")).containsExactlyInAnyOrder(Roles.REGISTRAR, Roles.LSG_CHAIR);
        assertThat(allowed("caseHandler")).containsExactlyInAnyOrder(Roles.REGISTRAR, Roles.CASE_OFFICER,
                Roles.LSG_CHAIR);
        assertThat(allowed("reviewer")).containsExactlyInAnyOrder(Roles.CASE_OFFICER, Roles.LSG_CHAIR,
                Roles.LAG_MEMBER, Roles.REGISTRAR);
        assertThat(allowed("admin")).containsExactly(Roles.ADMIN);
    }

    @Test
    void nobodySignedOutGetsIn() throws Exception {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        for (Method method : Endpoints.class.getDeclaredMethods()) {
            assertThat(granted(method, anonymous)).as(method.getName()).isFalse();
        }
    }

    private Set<String> allowed(String endpoint) throws Exception {
        Method method = Endpoints.class.getDeclaredMethod(endpoint);
        return Arrays.stream(ROLES)
                .filter(role -> granted(method, new TestingAuthenticationToken("user", "pw", "ROLE_" + role)))
                .collect(Collectors.toSet());
    }

    private boolean granted(Method method, Authentication user) {
        AuthorizationResult result = preAuthorize.authorize(() -> user,
                new SimpleMethodInvocation(new Endpoints(), method));
        assertThat(result).as("a @PreAuthorize found on " + method.getName()).isNotNull();
        return result.isGranted();
    }
}
