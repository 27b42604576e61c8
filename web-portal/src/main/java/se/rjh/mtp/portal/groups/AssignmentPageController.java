package se.rjh.mtp.portal.groups;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.groups.QuestionCases;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.portal.groups.GroupForms.AssignmentForm;
import se.rjh.mtp.portal.groups.GroupForms.DeliveryForm;
import se.rjh.mtp.portal.groups.GroupForms.FeedbackForm;
import se.rjh.mtp.portal.groups.GroupForms.IssueForm;
import se.rjh.mtp.portal.groups.GroupForms.ProgressForm;
import se.rjh.mtp.portal.groups.GroupForms.QuestionForm;
import se.rjh.mtp.portal.groups.GroupForms.ReasonForm;
import se.rjh.mtp.portal.groups.GroupPages.Field;
import se.rjh.mtp.portal.groups.GroupPages.FormPage;
import se.rjh.mtp.portal.web.SignedInUser;

/**
 * The assignment page ({@code /uppdrag/{id}}): the written assignment, the actions this user may take, the timeline,
 * and the questions with the cases they became and those cases' decisions. The chair writes a new assignment and
 * issues it after a check page, issues a draft, gives feedback and cancels (after a check page); a member of the LAG
 * accepts, declines, reports progress, delivers and asks. Each form posts, then back to the page with a banner.
 */
@Controller
class AssignmentPageController {

    private final GroupGateway groups;
    private final Clock clock;

    AssignmentPageController(GroupGateway groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @GetMapping("/uppdrag/{id}")
    String page(@PathVariable String id, @ModelAttribute("user") SignedInUser user, Model model) {
        AssignmentView a = groups.assignment(id);
        WorkingGroupView lag = groups.group(a.groupId());
        model.addAttribute("assignment", a);
        model.addAttribute("actions", Viewer.of(user, lag).actions(a));
        model.addAttribute("overdue", Card.overdue(a, LocalDate.now(clock)));
        model.addAttribute("timeline", Timeline.of(a));
        model.addAttribute("questions", questions(a));
        return "groups/assignment";
    }

    /** A question, the case it became, and that case's decision once it has come back. */
    record QuestionCase(AssignmentView.Question question, String caseId, AssignmentView.Decision decision) {
    }

    private static List<QuestionCase> questions(AssignmentView a) {
        List<AssignmentView.Decision> decisions = a.decisions() == null ? List.of() : a.decisions();
        return (a.questions() == null ? List.<AssignmentView.Question>of() : a.questions()).stream()
                .map(q -> new QuestionCase(q, QuestionCases.caseIdFor(q.questionId()), decisions.stream()
                        .filter(d -> q.questionId().equals(d.questionId())).findFirst().orElse(null)))
                .toList();
    }

    // --- The chair writes a new assignment: the form, the check page, then it is issued.

    @GetMapping("/grupper/{groupId}/uppdrag/nytt")
    String newForm(@PathVariable String groupId, Model model) {
        model.addAttribute("form", new AssignmentForm());
        return newPage(groupId, model);
    }

    @PostMapping("/grupper/{groupId}/uppdrag/nytt")
    String checkNew(@PathVariable String groupId, @Valid @ModelAttribute("form") AssignmentForm form,
                    BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return newPage(groupId, model);
        }
        model.addAttribute("group", groups.group(groupId));
        return "groups/assignment-check";
    }

    @PostMapping("/grupper/{groupId}/uppdrag/nytt/andra")
    String changeNew(@PathVariable String groupId, @ModelAttribute("form") AssignmentForm form, Model model) {
        return newPage(groupId, model);
    }

    @PostMapping("/grupper/{groupId}/uppdrag/nytt/bekrafta")
    String issueNew(@PathVariable String groupId, @Valid @ModelAttribute("form") AssignmentForm form,
                    BindingResult errors, Model model, RedirectAttributes next) {
        String id = errors.hasErrors() ? null
                : GroupPages.attempt(() -> groups.issue(form.toAssignment(groupId)), errors, form);
        if (id == null) {
            return newPage(groupId, model);
        }
        return GroupPages.done("/uppdrag/" + id, "groups.banner.issued", form.getTitle(), next);
    }

    private String newPage(String groupId, Model model) {
        model.addAttribute("group", groups.group(groupId));
        model.addAttribute("formPage", new FormPage("groups.new.title", "groups.new.lead",
                "/grupper/" + groupId + "/uppdrag/nytt", "common.continue", List.of(
                Field.text("title", "groups.assignment.title", null),
                Field.textarea("description", "groups.assignment.description", "groups.assignment.description.hint"),
                Field.textarea("deliverables", "groups.assignment.deliverables", "groups.assignment.deliverables.hint"),
                Field.date("dueDate", "groups.assignment.dueDate", "groups.date.hint"))));
        return GroupPages.FORM;
    }

    // --- The chair issues a drafted assignment (from a case decision), with its due date.

    @GetMapping("/uppdrag/{id}/utfarda")
    String issueForm(@PathVariable String id, Model model) {
        AssignmentView a = groups.assignment(id);
        IssueForm form = new IssueForm();
        form.setDueDate(a.dueDate());
        model.addAttribute("form", form);
        return issuePage(a, model);
    }

    @PostMapping("/uppdrag/{id}/utfarda")
    String issue(@PathVariable String id, @Valid @ModelAttribute("form") IssueForm form, BindingResult errors,
                 Model model, RedirectAttributes next) {
        return send(id, errors, form, () -> groups.issueDraft(id, form.getDueDate()),
                () -> issuePage(groups.assignment(id), model), "groups.banner.draftIssued", next);
    }

    private static String issuePage(AssignmentView a, Model model) {
        return formPage(a, model, new FormPage("groups.issue.title", "groups.issue.lead",
                action(a.id(), "utfarda"), "groups.issue.submit",
                List.of(Field.date("dueDate", "groups.assignment.dueDate", "groups.date.hint"))));
    }

    // --- The LAG accepts (nothing to fill in) or declines with a reason.

    @PostMapping("/uppdrag/{id}/acceptera")
    String accept(@PathVariable String id, RedirectAttributes next) {
        groups.accept(id);
        return GroupPages.done("/uppdrag/" + id, "groups.banner.accepted", null, next);
    }

    @GetMapping("/uppdrag/{id}/avboj")
    String declineForm(@PathVariable String id, Model model) {
        model.addAttribute("form", new ReasonForm());
        return declinePage(id, model);
    }

    @PostMapping("/uppdrag/{id}/avboj")
    String decline(@PathVariable String id, @Valid @ModelAttribute("form") ReasonForm form, BindingResult errors,
                   Model model, RedirectAttributes next) {
        return send(id, errors, form, () -> groups.decline(id, form.toReason()), () -> declinePage(id, model),
                "groups.banner.declined", next);
    }

    private String declinePage(String id, Model model) {
        return formPage(groups.assignment(id), model, new FormPage("groups.decline.title", null,
                action(id, "avboj"), "groups.decline.submit",
                List.of(Field.textarea("reason", "groups.decline.reason", "groups.decline.reason.hint"))));
    }

    // --- The LAG reports progress: the first report starts the work.

    @GetMapping("/uppdrag/{id}/rapport")
    String reportForm(@PathVariable String id, Model model) {
        model.addAttribute("form", new ProgressForm());
        return reportPage(id, model);
    }

    @PostMapping("/uppdrag/{id}/rapport")
    String report(@PathVariable String id, @Valid @ModelAttribute("form") ProgressForm form, BindingResult errors,
                  Model model, RedirectAttributes next) {
        return send(id, errors, form, () -> groups.reportProgress(id, form.toReport()), () -> reportPage(id, model),
                "groups.banner.reported", next);
    }

    private String reportPage(String id, Model model) {
        return formPage(groups.assignment(id), model, new FormPage("groups.report.title", "groups.report.lead",
                action(id, "rapport"), "groups.report.submit", List.of(
                Field.radios("status", "groups.report.status", List.of(ProgressStatus.values()), "groups.signal.choice"),
                Field.textarea("text", "groups.report.text", "groups.report.text.hint"))));
    }

    // --- The LAG delivers its final report.

    @GetMapping("/uppdrag/{id}/leverans")
    String deliveryForm(@PathVariable String id, Model model) {
        model.addAttribute("form", new DeliveryForm());
        return deliveryPage(id, model);
    }

    @PostMapping("/uppdrag/{id}/leverans")
    String deliver(@PathVariable String id, @Valid @ModelAttribute("form") DeliveryForm form, BindingResult errors,
                   Model model, RedirectAttributes next) {
        return send(id, errors, form, () -> groups.deliver(id, form.toDelivery()), () -> deliveryPage(id, model),
                "groups.banner.delivered", next);
    }

    private String deliveryPage(String id, Model model) {
        return formPage(groups.assignment(id), model, new FormPage("groups.deliver.title", "groups.deliver.lead",
                action(id, "leverans"), "groups.deliver.submit",
                List.of(Field.textarea("finalReport", "groups.deliver.finalReport", null))));
    }

    // --- The chair's feedback on a delivery: completed, or back in progress for a revision.

    @GetMapping("/uppdrag/{id}/aterkoppling")
    String feedbackForm(@PathVariable String id, @RequestParam(name = "utfall", required = false) FeedbackOutcome outcome,
                        Model model) {
        FeedbackForm form = new FeedbackForm();
        form.setOutcome(outcome);
        model.addAttribute("form", form);
        return feedbackPage(id, model);
    }

    @PostMapping("/uppdrag/{id}/aterkoppling")
    String feedback(@PathVariable String id, @Valid @ModelAttribute("form") FeedbackForm form, BindingResult errors,
                    Model model, RedirectAttributes next) {
        return send(id, errors, form, () -> groups.giveFeedback(id, form.toFeedback()), () -> feedbackPage(id, model),
                "groups.banner.feedback", next);
    }

    private String feedbackPage(String id, Model model) {
        return formPage(groups.assignment(id), model, new FormPage("groups.feedback.title", null,
                action(id, "aterkoppling"), "groups.feedback.submit", List.of(
                Field.radios("outcome", "groups.feedback.outcome", List.of(FeedbackOutcome.values()), "groups.outcome"),
                Field.textarea("feedback", "groups.feedback.text", null))));
    }

    // --- The chair cancels, after a check page.

    @GetMapping("/uppdrag/{id}/avbryt")
    String cancelForm(@PathVariable String id, Model model) {
        model.addAttribute("form", new ReasonForm());
        return cancelPage(id, model);
    }

    @PostMapping("/uppdrag/{id}/avbryt")
    String checkCancel(@PathVariable String id, @Valid @ModelAttribute("form") ReasonForm form, BindingResult errors,
                       Model model) {
        if (errors.hasErrors()) {
            return cancelPage(id, model);
        }
        model.addAttribute("assignment", groups.assignment(id));
        return "groups/cancel-check";
    }

    @PostMapping("/uppdrag/{id}/avbryt/andra")
    String changeCancel(@PathVariable String id, @ModelAttribute("form") ReasonForm form, Model model) {
        return cancelPage(id, model);
    }

    @PostMapping("/uppdrag/{id}/avbryt/bekrafta")
    String cancel(@PathVariable String id, @Valid @ModelAttribute("form") ReasonForm form, BindingResult errors,
                  Model model, RedirectAttributes next) {
        return send(id, errors, form, () -> groups.cancel(id, form.toReason()), () -> cancelPage(id, model),
                "groups.banner.cancelled", next);
    }

    private String cancelPage(String id, Model model) {
        return formPage(groups.assignment(id), model, new FormPage("groups.cancel.title", "groups.cancel.lead",
                action(id, "avbryt"), "common.continue",
                List.of(Field.textarea("reason", "groups.cancel.reason", "groups.cancel.reason.hint"))));
    }

    // --- A LAG member raises a question to the LSG; case-service opens a case for it.

    @GetMapping("/uppdrag/{id}/fraga")
    String questionForm(@PathVariable String id, Model model) {
        model.addAttribute("form", new QuestionForm());
        return questionPage(id, model);
    }

    @PostMapping("/uppdrag/{id}/fraga")
    String ask(@PathVariable String id, @Valid @ModelAttribute("form") QuestionForm form, BindingResult errors,
               Model model, RedirectAttributes next) {
        return send(id, errors, form, () -> groups.raiseQuestion(id, form.toQuestion()), () -> questionPage(id, model),
                "groups.banner.asked", next);
    }

    private String questionPage(String id, Model model) {
        return formPage(groups.assignment(id), model, new FormPage("groups.question.title", "groups.question.lead",
                action(id, "fraga"), "groups.question.submit", List.of(
                Field.text("subject", "groups.question.subject", "groups.question.subject.hint"),
                Field.textarea("text", "groups.question.text", "groups.question.text.hint"))));
    }

    // --- Shared by the assignment's forms.

    private static String action(String id, String form) {
        return "/uppdrag/" + id + "/" + form;
    }

    private static String formPage(AssignmentView a, Model model, FormPage page) {
        model.addAttribute("assignment", a);
        model.addAttribute("formPage", page);
        return GroupPages.FORM;
    }

    private static String send(String id, BindingResult errors, Object form, Runnable command,
                               Supplier<String> formPage, String banner, RedirectAttributes next) {
        return GroupPages.submit(errors, form, command, formPage, "/uppdrag/" + id, banner, null, next);
    }
}
