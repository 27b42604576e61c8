package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import se.rjh.mtp.api.common.ProtectedText;

/** A note a case officer added during preparation. */
@Schema(description = "A note a case officer added during preparation.")
public record NoteView(
        @Schema(description = "The note's id.") String noteId,
        @Schema(description = "The note.") @ProtectedText(PREPARATION) String text,
        @Schema(description = "When the note was added.") Instant addedAt,
        @Schema(description = "Who added it.") String addedBy) {
}
