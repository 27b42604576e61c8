package se.rjh.mtp.api.guidelines;

import org.axonframework.serialization.Revision;

/**
 * A new version was opened as a draft.
 *
 * @param author     who wrote it (the actor of the drafting command), or {@code system:guideline-service} when a
 *                   case decision opened it
 * @param basedOn    the version the content was copied from, or null
 */
@Revision("1")
public record VersionDrafted(
        String documentNumber,
        int versionNumber,
        String content,
        String changeSummary,
        String author,
        Integer basedOn) {
}
