package se.rjh.mtp.api.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A case officer was assigned and preparation (beredning) began, step IN_PREPARATION. */
@Revision("1")
public record PreparationStarted(
        String caseId,
        String caseNumber,
        CaseType caseType,
        String caseOfficer,
        LocalDate startedOn) {
}
