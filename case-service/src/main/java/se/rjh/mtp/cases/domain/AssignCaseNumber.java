package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take the next number of a yearly series for a case; used inside the registration's unit of work. */
public record AssignCaseNumber(@TargetAggregateIdentifier String seriesId, int year, String caseId) {
}
