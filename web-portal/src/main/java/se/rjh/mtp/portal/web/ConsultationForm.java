package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.CaseCommands;

/** A question to a concerned body (samverkan) and when it is to be answered. */
public class ConsultationForm {

    @NotNull
    private ConcernedBody body;
    @NotBlank
    @Size(max = TextRules.TEXT)
    private String question;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    CaseCommands.ConsultationRequest toRequest() {
        return new CaseCommands.ConsultationRequest(body, question.strip(), dueDate);
    }

    public ConcernedBody getBody() { return body; }
    public void setBody(ConcernedBody body) { this.body = body; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
}
