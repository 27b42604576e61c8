package se.rjh.mtp.api.guidelines;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.cases.FollowUpReport;

/**
 * A decision's GUIDELINE_REVISION or GUIDELINES_AFFECTED follow-up reached its end: DONE when the revised version was
 * published or the citing guidelines were flagged, NOT_POSSIBLE (with the reason) when the guideline number is unknown
 * or the guideline retired. Raised once per case and follow-up.
 *
 * @param documentNumber the guideline concerned, as the decision named it, or null
 */
@Revision("1")
public record GuidelineFollowUpReported(String documentNumber, String caseId, String followUpId, FollowUpKind kind,
                                        FollowUpOutcome outcome, String reason, LocalDate reportedOn)
        implements FollowUpReport {
}
