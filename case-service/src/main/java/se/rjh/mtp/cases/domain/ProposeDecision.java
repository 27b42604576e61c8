package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Propose a decision. Needs the type-specific data and every consultation closed, or a reason none is needed. */
public record ProposeDecision(
        @TargetAggregateIdentifier String caseId,
        String proposal,
        String rationale,
        String noConsultationReason) {
}
