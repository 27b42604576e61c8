package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import se.rjh.mtp.api.common.ProtectedText;

/**
 * The proposed decision awaiting the chair.
 *
 * @param proposal The proposed decision.
 * @param rationale Why.
 * @param noConsultationReason Why no consultation was needed, if none was made.
 */
public record ProposalView(
        @ProtectedText(PREPARATION) String proposal,
        @ProtectedText(PREPARATION) String rationale,
        @ProtectedText(PREPARATION) String noConsultationReason) {
}
