package se.rjh.mtp.cases;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import se.rjh.mtp.api.cases.CaseReceived;

/**
 * A test-only projection over case-service's own events, in a processing group no property names, added to the
 * service under test: it fails the first time it handles a case whose subject is in {@link #FAIL_ONCE}, as a
 * handler with a passing fault would, and records each case it applied.
 */
@ProcessingGroup(FailingOnceProjection.GROUP)
public class FailingOnceProjection {

    static final String GROUP = "dead-letter-probe";
    static final Set<String> FAIL_ONCE = ConcurrentHashMap.newKeySet();
    static final Map<String, String> APPLIED = new ConcurrentHashMap<>();

    @EventHandler
    void on(CaseReceived received) {
        if (FAIL_ONCE.remove(received.subject())) {
            throw new IllegalStateException("The probe fails once for this case");
        }
        APPLIED.put(received.caseId(), received.subject());
    }
}
