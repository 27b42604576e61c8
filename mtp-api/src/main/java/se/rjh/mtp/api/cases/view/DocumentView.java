package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.common.ProtectedText;

/** A document referenced by name, checksum and size. */
@Schema(description = "A document referenced by name, checksum and size.")
public record DocumentView(
        @Schema(description = "The reference's id.") String documentId,
        @Schema(description = "The document's name.") @ProtectedText(PREPARATION) String name,
        @Schema(description = "The document's checksum.") String checksum,
        @Schema(description = "The document's size in bytes.") long sizeBytes,
        @Schema(description = "Who referenced it.") String referencedBy) {
}
