package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.rjh.mtp.api.cases.FollowUpOutcome;

/**
 * A person records how an OTHER follow-up ended: the case officer of the case, or the chair on any case
 * ({@code actsOnAnyCase}). The reason is required for NOT_POSSIBLE.
 */
public record RecordFollowUpOutcome(
        @TargetAggregateIdentifier String caseId,
        String followUpId,
        FollowUpOutcome outcome,
        String reason,
        LocalDate recordedOn,
        boolean actsOnAnyCase) {
}
