package se.rjh.mtp.api.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** For an introduction or an MTP-rådet recommendation: the national recommendation, or null when there is none. */
@Revision("1")
public record NationalRecommendationRecorded(
        String caseId,
        CaseType caseType,
        NationalRecommendation recommendation,
        String reference,
        LocalDate issuedOn) {
}
