package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/**
 * For an incident follow-up: the incident is not reportable (to the manufacturer, Läkemedelsverket or IVO), with the
 * justification in {@code reason}. It stands in for the reporting dates before a proposal.
 */
@Revision("1")
public record IncidentNotReportableRecorded(
        String caseId,
        String reason) {
}
