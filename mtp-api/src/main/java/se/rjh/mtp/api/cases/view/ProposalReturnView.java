package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.common.ProtectedText;

/** The latest proposal sent back to preparation. */
@Schema(description = "The latest proposal sent back to preparation.")
public record ProposalReturnView(
        @Schema(description = "Why it was sent back.") @ProtectedText(PREPARATION) String reason,
        @Schema(description = "Who sent it back.") String returnedBy) {
}
