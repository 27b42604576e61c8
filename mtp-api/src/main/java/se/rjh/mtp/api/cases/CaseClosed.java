package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** A decided case was closed (avslutat), step CLOSED. */
@Revision("1")
public record CaseClosed(
        String caseId,
        String caseNumber,
        CaseType caseType,
        LocalDate closedOn,
        @ProtectedText(PREPARATION) String note) {
}
