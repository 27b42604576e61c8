package se.rjh.mtp.api.guidelines;

import org.axonframework.serialization.Revision;

/** The content of a draft was rewritten; {@code editedBy} becomes one of the version's authors. */
@Revision("1")
public record DraftContentChanged(
        String documentNumber,
        int versionNumber,
        String content,
        String changeSummary,
        String editedBy) {
}
