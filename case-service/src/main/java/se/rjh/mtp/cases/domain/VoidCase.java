package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Void (makulera) the case, with a reason. */
public record VoidCase(
        @TargetAggregateIdentifier String caseId,
        String reason) {
}
