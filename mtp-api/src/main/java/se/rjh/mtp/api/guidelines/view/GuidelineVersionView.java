package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** One version of a guideline: its text, who wrote and reviewed it, and when it was valid. */
@Schema(name = "GuidelineVersion", description = "One version of a guideline, also superseded ones")
public record GuidelineVersionView(
        int versionNumber,
        @Schema(description = "document control step",
                allowableValues = {"DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "SUPERSEDED"}) String status,
        @Schema(description = "Markdown") String content,
        String changeSummary,
        @Schema(description = "who opened the version; system:<service> when a case decision did") String author,
        @Schema(description = "everyone who wrote content of the version") List<String> authors,
        @Schema(description = "the version this one was copied from") Integer basedOn,
        @Schema(description = "the named reviewers (granskare) of the current review round") List<String> reviewers,
        @Schema(description = "verdicts of the current review round") List<ReviewVerdictView> verdicts,
        @Schema(description = "who approved (fastställde) the version") String approvedBy,
        LocalDate approvedOn,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate nextReviewDate) {
}
