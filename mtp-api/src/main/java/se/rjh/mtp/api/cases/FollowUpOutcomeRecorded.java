package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * A decision's follow-up reached its outcome, reported by the service that carried it out (group-service for LAG
 * assignments, guideline-service for revisions) or by the case officer for {@link FollowUpKind#OTHER}.
 */
@Revision("1")
public record FollowUpOutcomeRecorded(
        String caseId,
        String followUpId,
        FollowUpKind kind,
        FollowUpOutcome outcome,
        @ProtectedText(PREPARATION) String reason,
        LocalDate recordedOn) {
}
