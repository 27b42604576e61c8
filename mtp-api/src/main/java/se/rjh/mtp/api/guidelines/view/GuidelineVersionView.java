package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a guideline: its text, who wrote and reviewed it, and when it was valid.
 *
 * @param status document control step
 * @param content Markdown
 * @param author who opened the version; system:<service> when a case decision did
 * @param authors everyone who wrote content of the version
 * @param basedOn the version this one was copied from
 * @param reviewers the named reviewers (granskare) of the current review round
 * @param verdicts verdicts of the current review round
 * @param approvedBy who approved (fastställde) the version
 */
@Schema(name = "GuidelineVersion")
public record GuidelineVersionView(
        int versionNumber,
        @Schema(allowableValues = {"DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "SUPERSEDED"}) String status,
        String content,
        String changeSummary,
        String author,
        List<String> authors,
        Integer basedOn,
        List<String> reviewers,
        List<ReviewVerdictView> verdicts,
        String approvedBy,
        LocalDate approvedOn,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate nextReviewDate) {
}
