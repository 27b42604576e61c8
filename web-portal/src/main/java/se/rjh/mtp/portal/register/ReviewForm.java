package se.rjh.mtp.portal.register;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import se.rjh.mtp.api.devices.ReviewConclusion;
import se.rjh.mtp.api.devices.ReviewFindings;

/**
 * A review of the experience from clinical use while it is being written: each task of the task list fills in its
 * part, and the whole goes to the register once, after the check page. Kept in the user's session until then (the
 * portal records nothing of its own); also what each task's form binds to.
 */
public class ReviewForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;
    private String clinicalExperience;
    private String incidents;
    private String complaints;
    private Boolean equivalentDeviceAvailable;
    private String marketSearchNote;
    private ReviewConclusion conclusion;
    private List<Action> actions = new ArrayList<>();
    private final Set<ReviewTask> done = new LinkedHashSet<>();
    // The corrective action being added on the actions task.
    private String actionDescription;
    private String actionOwner;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate actionDueDate;

    static ReviewForm starting(LocalDate periodFrom, LocalDate periodTo) {
        ReviewForm form = new ReviewForm();
        form.periodFrom = periodFrom;
        form.periodTo = periodTo;
        return form;
    }

    public boolean isDone(ReviewTask task) {
        return done.contains(task);
    }

    public boolean complete() {
        return done.containsAll(List.of(ReviewTask.values()));
    }

    void markDone(ReviewTask task) {
        done.add(task);
    }

    RegisterCommands.Review toCommand() {
        return new RegisterCommands.Review(
                new ReviewFindings(periodFrom, periodTo, Texts.orNull(clinicalExperience), Texts.orNull(incidents),
                        Texts.orNull(complaints), equivalentDeviceAvailable,
                        Texts.orNull(marketSearchNote), conclusion),
                actions.stream().map(a -> new RegisterCommands.NewCorrectiveAction(a.description(), a.owner(),
                        a.dueDate())).toList());
    }

    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public String getClinicalExperience() { return clinicalExperience; }
    public void setClinicalExperience(String clinicalExperience) { this.clinicalExperience = clinicalExperience; }
    public String getIncidents() { return incidents; }
    public void setIncidents(String incidents) { this.incidents = incidents; }
    public String getComplaints() { return complaints; }
    public void setComplaints(String complaints) { this.complaints = complaints; }
    public Boolean getEquivalentDeviceAvailable() { return equivalentDeviceAvailable; }
    public void setEquivalentDeviceAvailable(Boolean v) { this.equivalentDeviceAvailable = v; }
    public String getMarketSearchNote() { return marketSearchNote; }
    public void setMarketSearchNote(String marketSearchNote) { this.marketSearchNote = marketSearchNote; }
    public ReviewConclusion getConclusion() { return conclusion; }
    public void setConclusion(ReviewConclusion conclusion) { this.conclusion = conclusion; }
    public List<Action> getActions() { return actions; }
    public String getActionDescription() { return actionDescription; }
    public void setActionDescription(String actionDescription) { this.actionDescription = actionDescription; }
    public String getActionOwner() { return actionOwner; }
    public void setActionOwner(String actionOwner) { this.actionOwner = actionOwner; }
    public LocalDate getActionDueDate() { return actionDueDate; }
    public void setActionDueDate(LocalDate actionDueDate) { this.actionDueDate = actionDueDate; }

    /** A corrective action decided in the review: what, who, by when. */
    public record Action(String description, String owner, LocalDate dueDate) implements Serializable {
    }
}
