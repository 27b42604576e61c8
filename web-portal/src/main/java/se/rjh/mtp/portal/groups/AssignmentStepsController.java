package se.rjh.mtp.portal.groups;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.portal.groups.GroupCommands.AssignmentStep;
import se.rjh.mtp.portal.groups.GroupForms.AssignmentForm;
import se.rjh.mtp.portal.groups.GroupForms.DeliveryForm;
import se.rjh.mtp.portal.groups.GroupForms.FeedbackForm;
import se.rjh.mtp.portal.groups.GroupForms.IssueForm;
import se.rjh.mtp.portal.groups.GroupForms.ProgressForm;
import se.rjh.mtp.portal.groups.GroupForms.QuestionForm;
import se.rjh.mtp.portal.groups.GroupForms.ReasonForm;
import se.rjh.mtp.portal.web.FormBinding;
import se.rjh.mtp.portal.web.FormField;
import se.rjh.mtp.portal.web.FormPage;
import se.rjh.mtp.portal.web.FormStepHandlers;
import se.rjh.mtp.portal.web.FormSteps;
import se.rjh.mtp.portal.web.FormSteps.Step;

/**
 * The assignments' forms, each a row of {@link #rows()} served by {@link FormStepHandlers}: the chair writes a new
 * assignment for a LAG and, after a check page, issues it or keeps it as a draft; issues a draft (with its due date),
 * gives feedback and cancels (after a check page, since it cannot be undone); a member of the LAG declines, reports
 * progress, delivers and asks. Each leads to the assignment's page with a banner.
 */
@Controller
@RequestMapping({AssignmentStepsController.NEW, AssignmentStepsController.DRAFT, AssignmentStepsController.ISSUE,
        AssignmentStepsController.DECLINE, AssignmentStepsController.PROGRESS, AssignmentStepsController.DELIVERY,
        AssignmentStepsController.FEEDBACK, AssignmentStepsController.QUESTION, AssignmentStepsController.CANCEL})
class AssignmentStepsController implements FormStepHandlers {

    static final String NEW = "/grupper/{groupId}/uppdrag/nytt";
    static final String DRAFT = "/grupper/{groupId}/uppdrag/utkast";
    static final String ISSUE = "/uppdrag/{id}/utfarda";
    static final String DECLINE = "/uppdrag/{id}/avboj";
    static final String PROGRESS = "/uppdrag/{id}/rapport";
    static final String DELIVERY = "/uppdrag/{id}/leverans";
    static final String FEEDBACK = "/uppdrag/{id}/aterkoppling";
    static final String QUESTION = "/uppdrag/{id}/fraga";
    static final String CANCEL = "/uppdrag/{id}/avbryt";

    private final GroupGateway groups;
    private final FormSteps steps;

    AssignmentStepsController(GroupGateway groups, FormBinding binding) {
        this.groups = groups;
        this.steps = new FormSteps(binding, rows());
    }

    @Override
    public FormSteps steps() {
        return steps;
    }

    private List<Step<?, ?>> rows() {
        return List.of(
                // The chair writes a new assignment; it is issued once the check page is confirmed.
                Step.of(NEW, "form", AssignmentForm::new, (groupId, f, model) -> newPage(groupId, model),
                                (groupId, f) -> new Issued(groups.issue(f.toAssignment(groupId)), f.getTitle()),
                                (groupId, issued, next) -> GroupPages.done("/uppdrag/" + issued.id(),
                                        "groups.banner.issued", issued.title(), next))
                        .checkPage((groupId, f, model) -> {
                            model.addAttribute("group", groups.group(groupId));
                            return "groups/assignment-check";
                        }),
                // From the new assignment's check page: the chair keeps it as a draft instead, to issue later.
                Step.of(DRAFT, "form", AssignmentForm::new, (groupId, f, model) -> newPage(groupId, model),
                        (groupId, f) -> new Issued(groups.draft(f.toAssignment(groupId)), f.getTitle()),
                        (groupId, drafted, next) -> GroupPages.done("/uppdrag/" + drafted.id(),
                                "groups.banner.drafted", drafted.title(), next)),
                // The chair issues a draft (written earlier, or made by a case decision), with its due date.
                step(ISSUE, IssueForm::new, page("groups.issue", "groups.issue.lead",
                                FormField.dateInput("dueDate", "groups.assignment.dueDate", "groups.date.hint")),
                        (id, f) -> groups.step(id, AssignmentStep.ISSUE, new GroupCommands.IssueDraft(f.getDueDate())),
                        "groups.banner.draftIssued")
                        .opening((id, model) -> {
                            IssueForm form = new IssueForm();
                            form.setDueDate(groups.assignment(id).dueDate());
                            return form;
                        }),
                step(DECLINE, ReasonForm::new, page("groups.decline", null,
                                FormField.textarea("reason", "groups.decline.reason").hinted()),
                        (id, f) -> groups.step(id, AssignmentStep.DECLINE, f.toReason()), "groups.banner.declined"),
                // The first progress report starts the work.
                step(PROGRESS, ProgressForm::new, page("groups.report", "groups.report.lead",
                                FormField.radios("status", "groups.report.status", List.of(ProgressStatus.values()),
                                        "groups.signal.choice"),
                                FormField.textarea("text", "groups.report.text").hinted()),
                        (id, f) -> groups.step(id, AssignmentStep.PROGRESS, f.toReport()), "groups.banner.reported"),
                step(DELIVERY, DeliveryForm::new, page("groups.deliver", "groups.deliver.lead",
                                FormField.textarea("finalReport", "groups.deliver.finalReport")),
                        (id, f) -> groups.step(id, AssignmentStep.DELIVER, f.toDelivery()), "groups.banner.delivered"),
                // The chair's feedback: completed, or back in progress for a revision (?outcome= chooses one).
                step(FEEDBACK, FeedbackForm::new, page("groups.feedback", null,
                                FormField.radios("outcome", "groups.feedback.outcome",
                                        List.of(FeedbackOutcome.values()), "groups.outcome"),
                                FormField.textarea("feedback", "groups.feedback.text")),
                        (id, f) -> groups.step(id, AssignmentStep.FEEDBACK, f.toFeedback()), "groups.banner.feedback"),
                // A LAG member asks the LSG; case-service opens a case for the question.
                step(QUESTION, QuestionForm::new, page("groups.question", "groups.question.lead",
                                GroupPages.text("subject", "groups.question.subject", "groups.question.subject.hint"),
                                FormField.textarea("text", "groups.question.text").hinted()),
                        (id, f) -> groups.raiseQuestion(id, f.toQuestion()), "groups.banner.asked"),
                // The chair cancels; it cannot be undone, so the reason is checked first.
                step(CANCEL, ReasonForm::new, page("groups.cancel", "groups.cancel.lead", "common.continue",
                                FormField.textarea("reason", "groups.cancel.reason").hinted()),
                        (id, f) -> groups.step(id, AssignmentStep.CANCEL, f.toReason()), "groups.banner.cancelled")
                        .checkPage((id, f, model) -> {
                            model.addAttribute("assignment", groups.assignment(id));
                            return "groups/cancel-check";
                        }));
    }

    /** A new assignment as issued or drafted: its id, and its title for the banner. */
    private record Issued(String id, String title) {
    }

    private String newPage(String groupId, Model model) {
        model.addAttribute("group", groups.group(groupId));
        model.addAttribute("formPage", GroupPages.formPage("groups.new.title", "groups.new.lead",
                "/grupper/" + groupId + "/uppdrag/nytt", "common.continue", List.of(
                GroupPages.text("title", "groups.assignment.title", null),
                FormField.textarea("description", "groups.assignment.description").hinted(),
                FormField.textarea("deliverables", "groups.assignment.deliverables").hinted(),
                FormField.dateInput("dueDate", "groups.assignment.dueDate", "groups.date.hint"))));
        return FormPage.TEMPLATE;
    }

    /** A form of the assignment, bound to {@code form}: its page, and its command, after which the page shows it done. */
    private <F> Step<F, Boolean> step(String path, Supplier<F> empty, FormPage page, BiConsumer<String, F> command,
                                      String banner) {
        return Step.of(path, "form", empty, (id, form, model) -> {
            model.addAttribute("assignment", groups.assignment(id));
            model.addAttribute("formPage", page.action(path.replace("{id}", id)));
            return FormPage.TEMPLATE;
        }, FormSteps.runs(command), (id, done, next) -> GroupPages.done("/uppdrag/" + id, banner, null, next));
    }

    /** A form page whose texts are {@code <texts>.title} and {@code <texts>.submit}; it posts where its step is. */
    private static FormPage page(String texts, String lead, FormField... fields) {
        return page(texts, lead, texts + ".submit", fields);
    }

    private static FormPage page(String texts, String lead, String submit, FormField... fields) {
        return GroupPages.formPage(texts + ".title", lead, null, submit, List.of(fields));
    }
}
