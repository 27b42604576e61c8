package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the concerned body's answer. */
public record AnswerConsultation(
        @TargetAggregateIdentifier String caseId,
        String consultationId,
        String answer,
        LocalDate answeredOn) {
}
