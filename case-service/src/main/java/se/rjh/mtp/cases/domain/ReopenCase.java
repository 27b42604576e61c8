package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a closed case, with a reason: it goes back to preparation. */
public record ReopenCase(
        @TargetAggregateIdentifier String caseId,
        String reason) {
}
