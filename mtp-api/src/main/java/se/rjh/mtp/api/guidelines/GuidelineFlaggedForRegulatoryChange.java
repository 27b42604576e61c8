package se.rjh.mtp.api.guidelines;

import org.axonframework.serialization.Revision;

/** A regulatory-watch case found that a regulation this guideline cites has changed. Once per (caseId, followUpId). */
@Revision("1")
public record GuidelineFlaggedForRegulatoryChange(
        String documentNumber,
        String caseId,
        String caseNumber,
        String followUpId,
        String regulationReference) {
}
