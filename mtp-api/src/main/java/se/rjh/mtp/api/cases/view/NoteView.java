package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A note a case officer added during preparation. */
@Schema(description = "A note a case officer added during preparation.")
public record NoteView(
        @Schema(description = "The note's id.") String noteId,
        @Schema(description = "The note.") String text,
        @Schema(description = "When the note was added.") Instant addedAt,
        @Schema(description = "Who added it.") String addedBy) {
}
