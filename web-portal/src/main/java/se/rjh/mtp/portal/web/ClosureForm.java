package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.Size;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.CaseCommands;

/** The chair closes a decided case: an optional note, and the reason to close while follow-ups are still open. */
public class ClosureForm {

    @Size(max = TextRules.TEXT)
    private String note;
    @Size(max = TextRules.PARAGRAPH)
    private String openFollowUpsReason;

    CaseCommands.Closure toClosure() {
        return new CaseCommands.Closure(blankToNull(note), blankToNull(openFollowUpsReason));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getOpenFollowUpsReason() { return openFollowUpsReason; }
    public void setOpenFollowUpsReason(String openFollowUpsReason) { this.openFollowUpsReason = openFollowUpsReason; }
}
