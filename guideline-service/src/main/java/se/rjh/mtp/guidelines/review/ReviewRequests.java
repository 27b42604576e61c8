package se.rjh.mtp.guidelines.review;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.ReviewVerdict;
import se.rjh.mtp.guidelines.domain.Review;

/** Request bodies of the review endpoints (public: the platform's PII check reads them reflectively). */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    /**
     * @param reviewers user names of the reviewers (granskare); not an author of the version
     */
    @Schema(name = "SubmitForReviewRequest")
    public record Submission(
            @NotEmpty @Size(max = Review.MAX_REVIEWERS) List<@NotBlank @Size(max = TextRules.CODE) String> reviewers) {
    }

    /**
     * @param comment required with CHANGES_REQUESTED
     */
    @Schema(name = "ReviewVerdictRequest")
    public record VerdictRequest(
            @NotNull ReviewVerdict verdict,
            @Size(max = TextRules.PARAGRAPH) String comment) {
    }

    @Schema(name = "ReturnToDraftRequest")
    public record ReturnRequest(@NotBlank @Size(max = TextRules.PARAGRAPH) String reason) {
    }
}
