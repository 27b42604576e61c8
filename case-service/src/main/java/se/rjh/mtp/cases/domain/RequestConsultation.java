package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import se.rjh.mtp.api.cases.ConcernedBody;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ask a concerned body a question, to be answered by the due date. */
public record RequestConsultation(
        @TargetAggregateIdentifier String caseId,
        String consultationId,
        ConcernedBody body,
        String question,
        LocalDate dueDate,
        LocalDate requestedOn) {
}
