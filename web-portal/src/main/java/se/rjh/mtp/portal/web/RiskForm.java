package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.CaseCommands;

/** The risk assessment: severity and probability on the scale 1-5; the service gives the score and level. */
public class RiskForm {

    /** The scale's steps, as radios. */
    static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

    @NotNull
    @Min(1)
    @Max(5)
    private Integer severity;
    @NotNull
    @Min(1)
    @Max(5)
    private Integer probability;
    @Size(max = TextRules.PARAGRAPH)
    private String comment;

    CaseCommands.RiskAssessment toRisk() {
        return new CaseCommands.RiskAssessment(severity, probability,
                comment == null || comment.isBlank() ? null : comment.strip());
    }

    public Integer getSeverity() { return severity; }
    public void setSeverity(Integer severity) { this.severity = severity; }
    public Integer getProbability() { return probability; }
    public void setProbability(Integer probability) { this.probability = probability; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
