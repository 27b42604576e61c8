package se.rjh.mtp.portal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.InHouseConditionCode;
import se.rjh.mtp.api.cases.InHouseRegulation;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.CaseCommands;

/**
 * The Art. 5(5) checklist of the regulation that applies to the case's device ({@link InHouseRegulation}: MDR (a)-(h),
 * IVDR (a)-(i)): each condition confirmed, or a justification why not. Whether each is answered is the service's rule;
 * its refusal comes back at the condition's justification.
 */
public class InHouseForm {

    /** One condition of the checklist. */
    public static class Row {
        private InHouseConditionCode code;
        private boolean confirmed;
        @Size(max = TextRules.PARAGRAPH)
        private String justification;

        public InHouseConditionCode getCode() { return code; }
        public void setCode(InHouseConditionCode code) { this.code = code; }
        public boolean isConfirmed() { return confirmed; }
        public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
        public String getJustification() { return justification; }
        public void setJustification(String justification) { this.justification = justification; }
    }

    @Valid
    private List<Row> conditions = new ArrayList<>();
    private InHouseRegulation regulation = InHouseRegulation.MDR;

    /** Every condition of the regulation, as recorded so far. */
    static InHouseForm of(Map<InHouseConditionCode, InHouseCondition> recorded, InHouseRegulation regulation) {
        InHouseForm form = new InHouseForm();
        form.regulation = regulation;
        for (InHouseConditionCode code : regulation.conditions()) {
            Row row = new Row();
            row.setCode(code);
            InHouseCondition given = recorded == null ? null : recorded.get(code);
            if (given != null) {
                row.setConfirmed(given.confirmed());
                row.setJustification(given.justification());
            }
            form.conditions.add(row);
        }
        return form;
    }

    CaseCommands.InHouseConditions toConditions() {
        return new CaseCommands.InHouseConditions(conditions.stream().map(row -> new InHouseCondition(row.code,
                row.confirmed, row.justification == null || row.justification.isBlank() ? null
                        : row.justification.strip())).toList());
    }

    /** The service names a condition as {@code conditions.a}; the form has its justification field. */
    Map<String, String> serviceFields() {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < conditions.size(); i++) {
            String service = "conditions." + conditions.get(i).code.name().toLowerCase();
            fields.put(service, "conditions[" + i + "].justification");
            fields.put(service + ".justification", "conditions[" + i + "].justification");
        }
        return fields;
    }

    /** Which regulation's letters the rows follow; sent back with the form so a refused form keeps its labels. */
    public InHouseRegulation getRegulation() { return regulation; }
    public void setRegulation(InHouseRegulation regulation) { this.regulation = regulation; }

    public List<Row> getConditions() { return conditions; }
    public void setConditions(List<Row> conditions) { this.conditions = conditions; }
}
