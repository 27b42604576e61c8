package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/** A note was added during preparation. */
@Revision("1")
public record CaseNoteAdded(
        String caseId,
        String noteId,
        String text) {
}
