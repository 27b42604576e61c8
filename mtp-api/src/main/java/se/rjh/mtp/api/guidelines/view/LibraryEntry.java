package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.guidelines.GuidelineKind;

/** A guideline as the library and the register list it. */
@Schema(name = "LibraryEntry", description = "A guideline as the library lists it, with its current published version")
public record LibraryEntry(
        String documentNumber,
        GuidelineKind kind,
        String title,
        String scope,
        String ownerGroup,
        String processOwner,
        @Schema(description = "diarienummer of the case the guideline is tied to") String caseNumber,
        List<RegulationReferenceView> regulationReferences,
        boolean retired,
        @Schema(description = "the version now valid, or null") Integer publishedVersion,
        LocalDate validFrom,
        LocalDate nextReviewDate,
        @Schema(description = "the published version whose review date has been reached and reported")
        Integer reviewDueRaisedFor,
        @Schema(description = "the version in draft, review or approved, or null") Integer openVersion,
        @Schema(allowableValues = {"DRAFT", "IN_REVIEW", "APPROVED"}) String openVersionStatus) {
}
