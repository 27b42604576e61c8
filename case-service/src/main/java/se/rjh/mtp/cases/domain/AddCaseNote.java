package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a note during preparation. */
public record AddCaseNote(
        @TargetAggregateIdentifier String caseId,
        String noteId,
        String text) {
}
