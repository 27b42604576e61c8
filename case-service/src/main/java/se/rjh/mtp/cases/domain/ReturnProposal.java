package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Send the proposal back to preparation, with a reason. */
public record ReturnProposal(
        @TargetAggregateIdentifier String caseId,
        String reason) {
}
