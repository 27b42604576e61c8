package se.rjh.mtp.portal.live;

/**
 * case-service refused a command because the case has changed since the page was rendered (a stale
 * {@code If-Match}). Not a {@code ServiceRefusal}: no form shows it at a field; {@link CaseChangedPage} says it.
 *
 * @param caseId         the case, for the link that reads it again
 * @param currentVersion its version now
 */
public class CaseChangedException extends RuntimeException {

    private final String caseId;
    private final long currentVersion;

    public CaseChangedException(String caseId, long currentVersion) {
        super("case " + caseId + " has changed; now version " + currentVersion);
        this.caseId = caseId;
        this.currentVersion = currentVersion;
    }

    public String caseId() {
        return caseId;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
