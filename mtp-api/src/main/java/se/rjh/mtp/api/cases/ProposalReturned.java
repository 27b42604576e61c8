package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/** The chair sent the proposal back to preparation, with the reason; step IN_PREPARATION. */
@Revision("1")
public record ProposalReturned(
        String caseId,
        String caseNumber,
        String reason) {
}
