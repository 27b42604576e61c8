package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** A note added to a case. */
@Schema(description = "A note added to a case.")
public record NoteCreated(
        @Schema(description = "The new note's id.") String noteId) {
}
