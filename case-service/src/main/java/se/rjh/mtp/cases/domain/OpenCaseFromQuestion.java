package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.rjh.mtp.api.groups.QuestionRaised;

/**
 * Open a case for a LAG's question (channel LAG), as group-service raised it; a second delivery of the same question
 * changes nothing.
 */
public record OpenCaseFromQuestion(
        @TargetAggregateIdentifier String caseId,
        QuestionRaised question,
        LocalDate receivedOn) {
}
