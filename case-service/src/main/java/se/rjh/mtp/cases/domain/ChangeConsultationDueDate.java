package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Extend or shorten an open consultation request's due date, not to before {@code changedOn}. {@code actsOnAnyCase}:
 * the sender is the chair; otherwise only the case officer of the case may.
 */
public record ChangeConsultationDueDate(
        @TargetAggregateIdentifier String caseId,
        String consultationId,
        LocalDate dueDate,
        LocalDate changedOn,
        boolean actsOnAnyCase,
        String reason) {
}
