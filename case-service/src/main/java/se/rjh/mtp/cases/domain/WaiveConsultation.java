package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a consultation request without an answer, for a reason. */
public record WaiveConsultation(
        @TargetAggregateIdentifier String caseId,
        String consultationId,
        String reason) {
}
