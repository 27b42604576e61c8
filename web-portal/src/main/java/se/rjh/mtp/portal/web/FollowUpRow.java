package se.rjh.mtp.portal.web;

import java.time.LocalDate;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;

/**
 * One follow-up on the decision form: what kind, its target (what the kind acts on: the guideline to revise, the LAG
 * to assign, the changed regulation; none for other follow-ups), what to do, and by when. A row left empty is no
 * follow-up.
 */
public class FollowUpRow {

    private FollowUpKind kind;
    private String target;
    private String description;
    private LocalDate dueDate;

    boolean isEmpty() {
        return kind == null && blank(target) && blank(description) && dueDate == null;
    }

    /** The follow-up as case-service takes it: the target in the field its kind names; the id the service's. */
    FollowUp toFollowUp() {
        String aim = blank(target) ? null : target.strip();
        return new FollowUp(null, kind, blank(description) ? null : description.strip(),
                kind == FollowUpKind.GUIDELINE_REVISION ? aim : null, kind == FollowUpKind.LAG_ASSIGNMENT ? aim : null,
                kind == FollowUpKind.GUIDELINES_AFFECTED ? aim : null, dueDate);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public FollowUpKind getKind() { return kind; }
    public void setKind(FollowUpKind kind) { this.kind = kind; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
}
