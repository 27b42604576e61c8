package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import se.rjh.mtp.api.common.ProtectedText;

/**
 * The latest proposal sent back to preparation.
 *
 * @param reason Why it was sent back.
 * @param returnedBy Who sent it back.
 */
public record ProposalReturnView(
        @ProtectedText(PREPARATION) String reason,
        String returnedBy) {
}
