package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** The chair sent the proposal back to preparation, with the reason; step IN_PREPARATION. */
@Revision("1")
public record ProposalReturned(
        String caseId,
        String caseNumber,
        @ProtectedText(PREPARATION) String reason) {
}
