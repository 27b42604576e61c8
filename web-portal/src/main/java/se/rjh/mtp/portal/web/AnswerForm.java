package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.CaseCommands;

/** The concerned body's answer, recorded by the case officer; answered today. */
public class AnswerForm {

    @NotBlank
    @Size(max = TextRules.TEXT)
    private String answer;

    CaseCommands.Answer toAnswer() {
        return new CaseCommands.Answer(answer.strip());
    }

    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
