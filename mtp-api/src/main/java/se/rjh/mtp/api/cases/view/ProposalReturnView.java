package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** The latest proposal sent back to preparation. */
@Schema(description = "The latest proposal sent back to preparation.")
public record ProposalReturnView(
        @Schema(description = "Why it was sent back.") String reason,
        @Schema(description = "Who sent it back.") String returnedBy) {
}
