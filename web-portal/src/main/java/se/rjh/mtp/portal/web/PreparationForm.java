package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.rjh.mtp.api.common.TextRules;

/** Who prepares the case: the case officer's user name (the signed-in case officer's own, to begin with). */
public class PreparationForm {

    @NotBlank
    @Size(max = TextRules.LINE)
    private String caseOfficer;

    public String getCaseOfficer() { return caseOfficer; }
    public void setCaseOfficer(String caseOfficer) { this.caseOfficer = caseOfficer; }
}
