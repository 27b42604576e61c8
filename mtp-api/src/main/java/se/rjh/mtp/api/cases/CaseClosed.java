package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

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
        @ProtectedText(PREPARATION) String note,
        @ProtectedText(PREPARATION) String openFollowUpsReason) {

    /** A closing with every follow-up done or not possible. */
    public CaseClosed(String caseId, String caseNumber, CaseType caseType, LocalDate closedOn, String note) {
        this(caseId, caseNumber, caseType, closedOn, note, null);
    }
}
