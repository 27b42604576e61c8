package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to drafting: which version was written.
 */
@Schema(name = "VersionReference")
public record VersionReference(
        String documentNumber,
        int versionNumber) {
}
