package se.rjh.mtp.portal.audit;

import java.util.Map;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.rjh.mtp.api.reporting.view.AuditTrailEntry;
import se.rjh.mtp.portal.web.Pages;

/** What the auditor's controller tests share: a signed-in user with a role, and trail entries. */
final class AuditPages {

    private AuditPages() {
    }

    static RequestPostProcessor signedIn(String name, String role) {
        return Pages.signedIn(name, role);
    }

    static AuditTrailEntry entry(String timestamp, String service, String aggregateId, long sequence, String type,
                                 String actor, String correlationId, Map<String, Object> data) {
        return new AuditTrailEntry("e-" + type + sequence, timestamp, service, null, aggregateId, sequence, type,
                actor, correlationId, data, "ab".repeat(32));
    }
}
