package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** The consultation request a command was applied to. */
@Schema(description = "The consultation request a command was applied to.")
public record ConsultationReference(
        @Schema(description = "The case id.") String id,
        @Schema(description = "The consultation request's id.") String consultationId) {
}
