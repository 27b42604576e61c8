package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** A document referenced from a case. */
@Schema(description = "A document referenced from a case.")
public record DocumentCreated(
        @Schema(description = "The new document reference's id.") String documentId) {
}
