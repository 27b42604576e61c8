package se.rjh.mtp.portal.guidelines;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.ReviewVerdict;

/** A reviewer's verdict; asking for changes needs a comment saying which (the service's rule). */
public class VerdictForm {

    @NotNull
    private ReviewVerdict verdict;
    @Size(max = TextRules.PARAGRAPH)
    private String comment;

    GuidelineCommands.Verdict toCommand() {
        return new GuidelineCommands.Verdict(verdict, DraftForm.text(comment));
    }

    public ReviewVerdict getVerdict() { return verdict; }
    public void setVerdict(ReviewVerdict verdict) { this.verdict = verdict; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
