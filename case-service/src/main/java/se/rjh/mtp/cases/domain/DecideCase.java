package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decide on the proposal. */
public record DecideCase(
        @TargetAggregateIdentifier String caseId,
        String decision,
        DecisionBody decidedBy,
        LocalDate decidedOn,
        List<FollowUp> followUps) {
}
