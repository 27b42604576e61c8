package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.guidelines.GuidelineKind;

/**
 * A guideline with its whole version history, as read from its events.
 *
 * @param documentNumber document number RL-MTP-<n>, also the guideline's id
 * @param reviewIntervalMonths months between the publication of a version and its review
 * @param caseNumber diarienummer of the case the guideline is tied to
 * @param publishedVersion the version now valid, or null when none is published
 * @param reviewDueRaisedFor the published version whose review date has been reached and reported
 * @param revisionRequests case decisions that asked for a revision
 * @param regulatoryFlags regulatory-watch decisions that flagged a cited regulation as changed
 * @param versions every version, oldest first
 */
@Schema(name = "Guideline")
public record GuidelineView(
        String documentNumber,
        GuidelineKind kind,
        String title,
        String scope,
        String ownerGroup,
        String processOwner,
        List<RegulationReferenceView> regulationReferences,
        int reviewIntervalMonths,
        String caseNumber,
        boolean retired,
        String retiredReason,
        LocalDate retiredOn,
        Integer publishedVersion,
        LocalDate nextReviewDate,
        Integer reviewDueRaisedFor,
        List<CaseRequestView> revisionRequests,
        List<CaseRequestView> regulatoryFlags,
        List<GuidelineVersionView> versions) {

    /** The version with this number, or null. */
    public GuidelineVersionView version(int number) {
        return versions.stream().filter(v -> v.versionNumber() == number).findFirst().orElse(null);
    }
}
