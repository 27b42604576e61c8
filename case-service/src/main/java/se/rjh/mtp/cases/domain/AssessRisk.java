package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assess the risk: severity and probability, each 1–5. */
public record AssessRisk(
        @TargetAggregateIdentifier String caseId,
        int severity,
        int probability,
        String comment) {
}
