package se.rjh.mtp.api.guidelines;

import org.axonframework.serialization.Revision;

/**
 * A case decision asked for this guideline to be revised. Recorded once per (caseId, followUpId); a revision draft
 * is opened with it unless one is already open.
 */
@Revision("1")
public record GuidelineRevisionRequested(
        String documentNumber,
        String caseId,
        String caseNumber,
        String followUpId,
        String description) {
}
