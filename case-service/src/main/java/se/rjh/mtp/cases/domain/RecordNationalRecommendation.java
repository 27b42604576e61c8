package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import se.rjh.mtp.api.cases.NationalRecommendation;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the national recommendation, or that there is none (null); introduction and MTP-rådet cases only. */
public record RecordNationalRecommendation(
        @TargetAggregateIdentifier String caseId,
        NationalRecommendation recommendation,
        String reference,
        LocalDate issuedOn) {
}
