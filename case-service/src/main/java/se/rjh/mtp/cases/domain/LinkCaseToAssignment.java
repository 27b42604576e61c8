package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Link the case to the LAG assignment that investigates it. */
public record LinkCaseToAssignment(
        @TargetAggregateIdentifier String caseId,
        String assignmentId) {
}
