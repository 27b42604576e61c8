package se.rjh.mtp.api.cases.view;


/**
 * The latest proposal sent back to preparation.
 *
 * @param reason Why it was sent back.
 * @param returnedBy Who sent it back.
 */
public record ProposalReturnView(
        String reason,
        String returnedBy) {
}
