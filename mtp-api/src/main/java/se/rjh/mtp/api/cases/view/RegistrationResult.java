package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** A registered case's diarienummer. */
@Schema(description = "A registered case's diarienummer.")
public record RegistrationResult(
        @Schema(description = "The diarienummer, MTP/<n>/<year>.") String caseNumber) {
}
