package se.rjh.mtp.portal.audit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import se.rjh.mtp.portal.web.SignedInUser;

/**
 * Who may open the auditor's pages, checked before any service is asked: the auditor and the operator (ADMIN) for
 * verification, replay and the diarium; the auditor alone for a case's trail and its point-in-time view, as
 * reporting-service decides (ADMIN runs the machinery but does not read case contents). Others get the 403 page.
 */
final class AuditAccess {

    private AuditAccess() {
    }

    static SignedInUser auditReader(Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        if (user == null || !user.isAuditReader()) {
            throw new AccessDeniedException("the auditor's views are for AUDITOR and ADMIN");
        }
        return user;
    }

    static SignedInUser auditor(Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        if (user == null || !user.isAuditor()) {
            throw new AccessDeniedException("a case's trail is for AUDITOR");
        }
        return user;
    }
}
