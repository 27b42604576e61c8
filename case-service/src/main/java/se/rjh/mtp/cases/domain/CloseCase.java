package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a decided case. */
public record CloseCase(
        @TargetAggregateIdentifier String caseId,
        LocalDate closedOn,
        String note) {
}
