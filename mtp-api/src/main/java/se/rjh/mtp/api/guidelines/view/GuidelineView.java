package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.guidelines.GuidelineKind;

/** A guideline with its whole version history, as read from its events. */
@Schema(name = "Guideline", description = "A guideline (riktlinje, vägledning or rutin) and every version it has had")
public record GuidelineView(
        @Schema(description = "document number RL-MTP-<n>, also the guideline's id") String documentNumber,
        GuidelineKind kind,
        String title,
        String scope,
        String ownerGroup,
        String processOwner,
        List<RegulationReferenceView> regulationReferences,
        @Schema(description = "months between the publication of a version and its review") int reviewIntervalMonths,
        @Schema(description = "diarienummer of the case the guideline is tied to") String caseNumber,
        boolean retired,
        String retiredReason,
        LocalDate retiredOn,
        @Schema(description = "the version now valid, or null when none is published") Integer publishedVersion,
        LocalDate nextReviewDate,
        @Schema(description = "the published version whose review date has been reached and reported")
        Integer reviewDueRaisedFor,
        @Schema(description = "case decisions that asked for a revision") List<CaseRequestView> revisionRequests,
        @Schema(description = "regulatory-watch decisions that flagged a cited regulation as changed")
        List<CaseRequestView> regulatoryFlags,
        @Schema(description = "every version, oldest first") List<GuidelineVersionView> versions) {

    /** The version with this number, or null. */
    public GuidelineVersionView version(int number) {
        return versions.stream().filter(v -> v.versionNumber() == number).findFirst().orElse(null);
    }
}
