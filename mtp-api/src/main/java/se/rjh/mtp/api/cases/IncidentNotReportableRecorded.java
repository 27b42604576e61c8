package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * For an incident follow-up: the incident is not reportable (to the manufacturer, Läkemedelsverket or IVO), with the
 * justification in {@code reason}. It stands in for the reporting dates before a proposal.
 */
@Revision("1")
public record IncidentNotReportableRecorded(
        String caseId,
        @ProtectedText(PREPARATION) String reason) {
}
