package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A case decision that asked for a revision or flagged a regulation change.
 *
 * @param caseNumber diarienummer of the deciding case
 * @param text the follow-up's description, or the regulation it names
 */
@Schema(name = "CaseRequest")
public record CaseRequestView(
        String caseId,
        String caseNumber,
        String followUpId,
        String text) {
}
