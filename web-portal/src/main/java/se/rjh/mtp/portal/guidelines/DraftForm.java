package se.rjh.mtp.portal.guidelines;

import jakarta.validation.constraints.Size;
import se.rjh.mtp.api.common.TextRules;

/**
 * The Markdown text of a version and what changed: a revision, or an edit of a draft. A new guideline's form
 * ({@link NewGuidelineForm}) adds its details.
 */
public class DraftForm {

    @Size(max = TextRules.DOCUMENT)
    private String content;
    @Size(max = TextRules.PARAGRAPH)
    private String changeSummary;

    /** The text, or null when none was written. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getChangeSummary() { return changeSummary; }
    public void setChangeSummary(String changeSummary) { this.changeSummary = changeSummary; }
}
