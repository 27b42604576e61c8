package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a review step: the step the version is in now.
 */
@Schema(name = "VersionStepChange")
public record VersionStepChange(
        String documentNumber,
        int versionNumber,
        @Schema(allowableValues = {"DRAFT", "IN_REVIEW", "APPROVED"}) String status) {
}
