package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.rjh.mtp.api.cases.FollowUpOutcome;

/** The service that carried out a follow-up reports its outcome; a second report of the same follow-up changes nothing. */
public record ReportFollowUpOutcome(
        @TargetAggregateIdentifier String caseId,
        String followUpId,
        FollowUpOutcome outcome,
        String reason,
        LocalDate reportedOn) {
}
