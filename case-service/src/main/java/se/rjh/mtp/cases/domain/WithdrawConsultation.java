package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw an open consultation request. {@code actsOnAnyCase}: as for {@link ChangeConsultationDueDate}. */
public record WithdrawConsultation(
        @TargetAggregateIdentifier String caseId,
        String consultationId,
        boolean actsOnAnyCase,
        String reason) {
}
