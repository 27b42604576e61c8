package se.rjh.mtp.portal.guidelines;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.RegulationFramework;

/** A new guideline: its details, the regulations it cites, and the text of its first draft. */
public class NewGuidelineForm extends DraftForm {

    /** How many regulation rows the form offers. */
    static final int REFERENCE_ROWS = 3;
    /** The service names the references' fields by its own list; the form's rows are the same rows. */
    static final Map<String, String> FROM_SERVICE = referenceFields();

    @NotNull
    private GuidelineKind kind;
    @NotBlank
    @Size(max = TextRules.LINE)
    private String title;
    @Size(max = TextRules.PARAGRAPH)
    private String scope;
    @Size(max = TextRules.LINE)
    private String ownerGroup;
    @Size(max = TextRules.LINE)
    private String processOwner;
    @Min(1)
    @Max(36)
    private Integer reviewIntervalMonths = 12;
    @Size(max = TextRules.CODE)
    private String caseNumber;
    @Valid
    private List<ReferenceRow> references = new ArrayList<>(List.of(new ReferenceRow(), new ReferenceRow(),
            new ReferenceRow()));

    /** One regulation the guideline cites; a row left empty cites nothing. */
    public static class ReferenceRow {
        private RegulationFramework framework;
        @Size(max = TextRules.LINE)
        private String provision;

        boolean filled() {
            return framework != null || DraftForm.text(provision) != null;
        }

        public RegulationFramework getFramework() { return framework; }
        public void setFramework(RegulationFramework framework) { this.framework = framework; }
        public String getProvision() { return provision; }
        public void setProvision(String provision) { this.provision = provision; }
    }

    GuidelineCommands.NewGuideline toCommand() {
        List<GuidelineCommands.Reference> cited = references.stream().filter(ReferenceRow::filled)
                .map(r -> new GuidelineCommands.Reference(r.framework, DraftForm.text(r.provision))).toList();
        return new GuidelineCommands.NewGuideline(kind, title.strip(), text(scope), text(ownerGroup),
                text(processOwner), cited, reviewIntervalMonths, text(caseNumber), text(getContent()),
                text(getChangeSummary()));
    }

    private static Map<String, String> referenceFields() {
        Map<String, String> fields = new java.util.HashMap<>();
        for (int i = 0; i < REFERENCE_ROWS; i++) {
            fields.put("regulationReferences[" + i + "].framework", "references[" + i + "].framework");
            fields.put("regulationReferences[" + i + "].provision", "references[" + i + "].provision");
            fields.put("regulationReferences[" + i + "]", "references[" + i + "].provision");
        }
        return Map.copyOf(fields);
    }

    public GuidelineKind getKind() { return kind; }
    public void setKind(GuidelineKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getOwnerGroup() { return ownerGroup; }
    public void setOwnerGroup(String ownerGroup) { this.ownerGroup = ownerGroup; }
    public String getProcessOwner() { return processOwner; }
    public void setProcessOwner(String processOwner) { this.processOwner = processOwner; }
    public Integer getReviewIntervalMonths() { return reviewIntervalMonths; }
    public void setReviewIntervalMonths(Integer reviewIntervalMonths) { this.reviewIntervalMonths = reviewIntervalMonths; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public List<ReferenceRow> getReferences() { return references; }
    public void setReferences(List<ReferenceRow> references) { this.references = references; }
}
