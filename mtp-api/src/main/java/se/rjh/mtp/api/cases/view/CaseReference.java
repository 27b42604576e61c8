package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** The case a command was applied to. */
@Schema(description = "The case a command was applied to.")
public record CaseReference(
        @Schema(description = "The case id.") String id) {
}
