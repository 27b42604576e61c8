package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to drafting: which version was written. */
@Schema(name = "VersionReference", description = "The guideline and the version a drafting request wrote")
public record VersionReference(String documentNumber, int versionNumber) {
}
