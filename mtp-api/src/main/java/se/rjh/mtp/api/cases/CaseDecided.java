package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * The decision on a case (step DECIDED). Carries what consumers need without reading case-service:
 * the case number, the type, where the case came from and the follow-ups other services act on.
 */
@Revision("1")
public record CaseDecided(
        String caseId,
        String caseNumber,
        CaseType caseType,
        @ProtectedText(PREPARATION) String decision,
        DecisionBody decidedBy,
        LocalDate decidedOn,
        List<FollowUp> followUps,
        CaseOrigin origin) {
}
