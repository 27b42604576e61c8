package se.rjh.mtp.api.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A decided case was closed (avslutat), step CLOSED.
 *
 * @param openFollowUpsReason the chair's reason for closing while follow-ups were still open; null otherwise (and in
 *                            events stored before the rule)
 */
@Revision("1")
public record CaseClosed(
        String caseId,
        String caseNumber,
        CaseType caseType,
        LocalDate closedOn,
        String note,
        String openFollowUpsReason) {

    /** A closing with every follow-up done or not possible. */
    public CaseClosed(String caseId, String caseNumber, CaseType caseType, LocalDate closedOn, String note) {
        this(caseId, caseNumber, caseType, closedOn, note, null);
    }
}
