package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the deadline job; idempotent: raises the overdue event only the first time it applies. */
public record MarkConsultationOverdue(
        @TargetAggregateIdentifier String caseId,
        String consultationId,
        LocalDate today) {
}
