package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import java.time.Instant;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * A note a case officer added during preparation.
 *
 * @param noteId The note's id.
 * @param text The note.
 * @param addedAt When the note was added.
 * @param addedBy Who added it.
 */
public record NoteView(
        String noteId,
        @ProtectedText(PREPARATION) String text,
        Instant addedAt,
        String addedBy) {
}
