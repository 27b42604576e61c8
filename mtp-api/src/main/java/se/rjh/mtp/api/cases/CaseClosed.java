package se.rjh.mtp.api.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A decided case was closed (avslutat), step CLOSED. */
@Revision("1")
public record CaseClosed(
        String caseId,
        String caseNumber,
        CaseType caseType,
        LocalDate closedOn,
        String note) {
}
