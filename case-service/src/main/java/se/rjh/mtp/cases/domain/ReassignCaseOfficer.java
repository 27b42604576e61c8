package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hand the case to another case officer. {@code actsOnAnyCase}: the sender's role lets them do this on every case
 * (the chair); otherwise only the current case officer may hand over.
 */
public record ReassignCaseOfficer(
        @TargetAggregateIdentifier String caseId,
        String caseOfficer,
        boolean actsOnAnyCase,
        String reason) {
}
