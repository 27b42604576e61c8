package se.rjh.mtp.api.cases.view;

import java.time.Instant;

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
        String text,
        Instant addedAt,
        String addedBy) {
}
