package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import se.rjh.mtp.api.cases.NationalRecommendation;
import se.rjh.mtp.api.cases.view.NationalRecommendationView;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.CaseCommands;

/** MTP-rådet's national recommendation, or that there is none (whether "none" is allowed is the service's rule). */
public class RecommendationForm {

    /** The radio for "there is no national recommendation". */
    static final String NONE = "NONE";

    static List<String> choices() {
        List<String> choices = new java.util.ArrayList<>();
        for (NationalRecommendation r : NationalRecommendation.values()) {
            choices.add(r.name());
        }
        choices.add(NONE);
        return choices;
    }

    @NotBlank
    private String recommendation;
    @Size(max = TextRules.LINE)
    private String reference;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;

    /** The form with what the case has recorded (empty when nothing is). */
    static RecommendationForm of(NationalRecommendationView known) {
        RecommendationForm form = new RecommendationForm();
        if (known != null) {
            form.recommendation = known.recommendation() == null ? NONE : known.recommendation().name();
            form.reference = known.reference();
            form.issuedOn = known.issuedOn();
        }
        return form;
    }

    /** A choice not on the form is no choice at all. */
    void checkChoice(Errors errors) {
        if (!errors.hasFieldErrors("recommendation") && !choices().contains(recommendation)) {
            errors.rejectValue("recommendation", "NotBlank");
        }
    }

    CaseCommands.Recommendation toRecommendation() {
        return new CaseCommands.Recommendation(NONE.equals(recommendation) ? null
                : NationalRecommendation.valueOf(recommendation),
                reference == null || reference.isBlank() ? null : reference.strip(), issuedOn);
    }

    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
}
