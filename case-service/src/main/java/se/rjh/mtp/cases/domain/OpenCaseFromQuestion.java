package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a case for a LAG's question (channel LAG); a second delivery of the same question changes nothing. */
public record OpenCaseFromQuestion(
        @TargetAggregateIdentifier String caseId,
        String questionId,
        String assignmentId,
        String groupId,
        String subject,
        String text,
        String raisedBy,
        String groupName,
        LocalDate receivedOn) {
}
