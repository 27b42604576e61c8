package se.rjh.mtp.portal.guidelines;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import se.rjh.mtp.api.common.TextRules;

/** The reviewers (granskare) a draft is sent to, as user names separated by commas or spaces. */
public class ReviewersForm {

    @NotBlank
    @Size(max = TextRules.LINE)
    private String reviewers;

    GuidelineCommands.Submission toCommand() {
        List<String> names = Arrays.stream(reviewers.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new GuidelineCommands.Submission(names);
    }

    public String getReviewers() { return reviewers; }
    public void setReviewers(String reviewers) { this.reviewers = reviewers; }
}
