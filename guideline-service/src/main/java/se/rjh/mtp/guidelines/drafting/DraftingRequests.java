package se.rjh.mtp.guidelines.drafting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.RegulationFramework;
import se.rjh.mtp.guidelines.domain.RegulationCitation;
import se.rjh.mtp.guidelines.domain.ReviewInterval;

/** Request bodies of the drafting endpoints (public: the platform's PII check reads them reflectively). */
public final class DraftingRequests {

    private DraftingRequests() {
    }

    /**
     * A new guideline and the content of its first draft
     *
     * @param reviewIntervalMonths months between reviews, 1-36; default 12
     * @param caseNumber diarienummer of the case the guideline is tied to
     * @param content Markdown
     */
    @Schema(name = "NewGuidelineRequest")
    public record NewGuideline(
            @NotNull GuidelineKind kind,
            @NotBlank @Size(max = TextRules.LINE) String title,
            @Size(max = TextRules.PARAGRAPH) String scope,
            @Size(max = TextRules.LINE) String ownerGroup,
            @Size(max = TextRules.LINE) String processOwner,
            @Size(max = RegulationCitation.MAX_REFERENCES) List<@Valid @NotNull Reference> regulationReferences,
            @Min(ReviewInterval.MIN_MONTHS) @Max(ReviewInterval.MAX_MONTHS) Integer reviewIntervalMonths,
            @Size(max = TextRules.CODE) String caseNumber,
            @Size(max = TextRules.DOCUMENT) String content,
            @Size(max = TextRules.PARAGRAPH) String changeSummary) {
    }

    /**
     * MDR/IVDR article (e.g. 5(5)), HSLF-FS 2021:52 chapter (e.g. 5) or free text (OTHER)
     */
    @Schema(name = "RegulationReferenceRequest")
    public record Reference(
            @NotNull RegulationFramework framework,
            @NotBlank @Size(max = TextRules.LINE) String provision) {
    }

    /**
     * A new draft version; without content the latest version's text is copied
     */
    @Schema(name = "RevisionRequest")
    public record Revision(
            @Size(max = TextRules.DOCUMENT) String content,
            @NotBlank @Size(max = TextRules.PARAGRAPH) String changeSummary) {
    }

    @Schema(name = "DraftContentRequest")
    public record DraftContent(@NotNull @Size(max = TextRules.DOCUMENT) String content,
                               @Size(max = TextRules.PARAGRAPH) String changeSummary) {
    }
}
