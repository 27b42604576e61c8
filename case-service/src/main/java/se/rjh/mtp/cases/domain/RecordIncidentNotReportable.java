package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an incident is not reportable, with the justification in {@code reason}. */
public record RecordIncidentNotReportable(
        @TargetAggregateIdentifier String caseId,
        String reason) {
}
