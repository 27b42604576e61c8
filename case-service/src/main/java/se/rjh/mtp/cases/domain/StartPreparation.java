package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assign a case officer; preparation (beredning) begins. */
public record StartPreparation(
        @TargetAggregateIdentifier String caseId,
        String caseOfficer,
        LocalDate startedOn) {
}
