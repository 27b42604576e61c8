package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.guidelines.GuidelineKind;

/**
 * A guideline as the library and the register list it.
 *
 * @param caseNumber diarienummer of the case the guideline is tied to
 * @param publishedVersion the version now valid, or null
 * @param reviewDueRaisedFor the published version whose review date has been reached and reported
 * @param openVersion the version in draft, review or approved, or null
 */
@Schema(name = "LibraryEntry")
public record LibraryEntry(
        String documentNumber,
        GuidelineKind kind,
        String title,
        String scope,
        String ownerGroup,
        String processOwner,
        String caseNumber,
        List<RegulationReferenceView> regulationReferences,
        boolean retired,
        Integer publishedVersion,
        LocalDate validFrom,
        LocalDate nextReviewDate,
        Integer reviewDueRaisedFor,
        Integer openVersion,
        @Schema(allowableValues = {"DRAFT", "IN_REVIEW", "APPROVED"}) String openVersionStatus) {
}
