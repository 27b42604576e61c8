package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** A note was added during preparation. */
@Revision("1")
public record CaseNoteAdded(
        String caseId,
        String noteId,
        @ProtectedText(PREPARATION) String text) {
}
