package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.Intake;

/** The intake form (ärendemottagning) as the browser posts it; the same limits as the service's. */
public class IntakeForm {

    /** The service's field names that differ from this form's. */
    static final Map<String, String> FROM_SERVICE = Map.of(
            "submitter.name", "submitterName", "submitter.unit", "submitterUnit", "submitter.email", "submitterEmail");

    @NotBlank
    @Size(max = TextRules.LINE)
    private String subject;
    @Size(max = TextRules.TEXT)
    private String description;
    @NotNull
    private CaseType caseType;
    @NotNull
    private Channel channel;
    @NotBlank
    @Size(max = TextRules.LINE)
    private String submitterName;
    @Size(max = TextRules.LINE)
    private String submitterUnit;
    @Email
    @Size(max = TextRules.LINE)
    private String submitterEmail;
    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    Intake toIntake() {
        return new Intake(subject, blankToNull(description), caseType, channel,
                new Submitter(submitterName, blankToNull(submitterUnit), blankToNull(submitterEmail)), receivedOn);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public CaseType getCaseType() { return caseType; }
    public void setCaseType(CaseType caseType) { this.caseType = caseType; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getSubmitterName() { return submitterName; }
    public void setSubmitterName(String submitterName) { this.submitterName = submitterName; }
    public String getSubmitterUnit() { return submitterUnit; }
    public void setSubmitterUnit(String submitterUnit) { this.submitterUnit = submitterUnit; }
    public String getSubmitterEmail() { return submitterEmail; }
    public void setSubmitterEmail(String submitterEmail) { this.submitterEmail = submitterEmail; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
}
