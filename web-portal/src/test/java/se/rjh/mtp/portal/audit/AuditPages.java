package se.rjh.mtp.portal.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.rjh.mtp.api.reporting.view.AuditTrailEntry;

/** What the auditor's controller tests share: a signed-in user with a role, and trail entries. */
final class AuditPages {

    private AuditPages() {
    }

    static RequestPostProcessor signedIn(String name, String role) {
        return oidcLogin().idToken(token -> token.subject(name).claim("preferred_username", name))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    static AuditTrailEntry entry(String timestamp, String service, String aggregateId, long sequence, String type,
                                 String actor, String correlationId, Map<String, Object> data) {
        return new AuditTrailEntry("e-" + type + sequence, timestamp, service, null, aggregateId, sequence, type,
                actor, correlationId, data, "ab".repeat(32));
    }
}
