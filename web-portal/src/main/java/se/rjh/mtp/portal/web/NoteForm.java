package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.CaseCommands;

/** A note made during preparation. */
public class NoteForm {

    @NotBlank
    @Size(max = TextRules.TEXT)
    private String text;

    CaseCommands.Note toNote() {
        return new CaseCommands.Note(text.strip());
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
