package se.rjh.mtp.api.cases.view;


/**
 * A note added to a case.
 *
 * @param noteId The new note's id.
 */
public record NoteCreated(
        String noteId) {
}
