package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** A case decision that asked for a revision or flagged a regulation change. */
@Schema(name = "CaseRequest", description = "A case decision that asked for a revision or flagged a regulation change")
public record CaseRequestView(
        String caseId,
        @Schema(description = "diarienummer of the deciding case") String caseNumber,
        String followUpId,
        @Schema(description = "the follow-up's description, or the regulation it names") String text) {
}
