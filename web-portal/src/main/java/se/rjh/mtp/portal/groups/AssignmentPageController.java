package se.rjh.mtp.portal.groups;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.groups.QuestionCases;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.groups.GroupCommands.AssignmentStep;
import se.rjh.mtp.portal.groups.GroupForms.AssignmentForm;
import se.rjh.mtp.portal.groups.GroupForms.DeliveryForm;
import se.rjh.mtp.portal.groups.GroupForms.FeedbackForm;
import se.rjh.mtp.portal.groups.GroupForms.IssueForm;
import se.rjh.mtp.portal.groups.GroupForms.ProgressForm;
import se.rjh.mtp.portal.groups.GroupForms.QuestionForm;
import se.rjh.mtp.portal.groups.GroupForms.ReasonForm;
import se.rjh.mtp.portal.web.CheckedForm;
import se.rjh.mtp.portal.web.FormBinding;
import se.rjh.mtp.portal.web.FormField;
import se.rjh.mtp.portal.web.FormPage;
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
    private final FormBinding binding;
    private final List<Form<?>> forms;

    AssignmentPageController(GroupGateway groups, Clock clock, FormBinding binding) {
        this.groups = groups;
        this.clock = clock;
        this.binding = binding;
        this.forms = forms();
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
        return CheckedForm.check(errors, () -> newPage(groupId, model), () -> {
            model.addAttribute("group", groups.group(groupId));
            return "groups/assignment-check";
        });
    }

    @PostMapping("/grupper/{groupId}/uppdrag/nytt/andra")
    String changeNew(@PathVariable String groupId, @ModelAttribute("form") AssignmentForm form, Model model) {
        return newPage(groupId, model);
    }

    @PostMapping("/grupper/{groupId}/uppdrag/nytt/bekrafta")
    String issueNew(@PathVariable String groupId, @Valid @ModelAttribute("form") AssignmentForm form,
                    BindingResult errors, Model model, RedirectAttributes next) {
        return CheckedForm.confirm(errors, () -> groups.issue(form.toAssignment(groupId)), Map.of(),
                () -> newPage(groupId, model),
                id -> GroupPages.done("/uppdrag/" + id, "groups.banner.issued", form.getTitle(), next));
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

    // --- The assignment's forms that send one command: each is a row of FORMS, served by the handlers below.

    /**
     * One form of the assignment page.
     *
     * @param blank   a new, empty form
     * @param prefill what the form starts with besides the query's parameters (a draft's due date)
     * @param fields  what the form asks, in order
     * @param command the command, sent when the form is valid
     * @param check   the check page shown before the command is sent ("Ändra" goes back with the answers kept), or
     *                null when the form sends at once
     */
    private record Form<F>(String path, Supplier<F> blank, BiConsumer<F, AssignmentView> prefill, String title,
                           String lead, String submit, List<FormField> fields, BiConsumer<String, F> command,
                           String banner, String check) {

        FormPage page(String id) {
            return GroupPages.formPage(title, lead, action(id, path), submit, fields);
        }
    }

    private static <F> BiConsumer<F, AssignmentView> nothing() {
        return (form, assignment) -> { };
    }

    private List<Form<?>> forms() {
        return List.of(
                // The chair issues a drafted assignment (from a case decision), with its due date.
                new Form<IssueForm>("utfarda", IssueForm::new, (f, a) -> f.setDueDate(a.dueDate()),
                        "groups.issue.title", "groups.issue.lead", "groups.issue.submit",
                        List.of(FormField.dateInput("dueDate", "groups.assignment.dueDate", "groups.date.hint")),
                        (id, f) -> groups.step(id, AssignmentStep.ISSUE, new GroupCommands.IssueDraft(f.getDueDate())),
                        "groups.banner.draftIssued", null),
                new Form<ReasonForm>("avboj", ReasonForm::new, nothing(), "groups.decline.title", null,
                        "groups.decline.submit",
                        List.of(FormField.textarea("reason", "groups.decline.reason").hinted()),
                        (id, f) -> groups.step(id, AssignmentStep.DECLINE, f.toReason()), "groups.banner.declined", null),
                // The first progress report starts the work.
                new Form<ProgressForm>("rapport", ProgressForm::new, nothing(), "groups.report.title",
                        "groups.report.lead", "groups.report.submit", List.of(
                        FormField.radios("status", "groups.report.status", List.of(ProgressStatus.values()),
                                "groups.signal.choice"),
                        FormField.textarea("text", "groups.report.text").hinted()),
                        (id, f) -> groups.step(id, AssignmentStep.PROGRESS, f.toReport()), "groups.banner.reported", null),
                new Form<DeliveryForm>("leverans", DeliveryForm::new, nothing(), "groups.deliver.title",
                        "groups.deliver.lead", "groups.deliver.submit",
                        List.of(FormField.textarea("finalReport", "groups.deliver.finalReport")),
                        (id, f) -> groups.step(id, AssignmentStep.DELIVER, f.toDelivery()), "groups.banner.delivered", null),
                // The chair's feedback: completed, or back in progress for a revision (?outcome= chooses one).
                new Form<FeedbackForm>("aterkoppling", FeedbackForm::new, nothing(), "groups.feedback.title", null,
                        "groups.feedback.submit", List.of(
                        FormField.radios("outcome", "groups.feedback.outcome", List.of(FeedbackOutcome.values()),
                                "groups.outcome"),
                        FormField.textarea("feedback", "groups.feedback.text")),
                        (id, f) -> groups.step(id, AssignmentStep.FEEDBACK, f.toFeedback()), "groups.banner.feedback", null),
                // A LAG member asks the LSG; case-service opens a case for the question.
                new Form<QuestionForm>("fraga", QuestionForm::new, nothing(), "groups.question.title",
                        "groups.question.lead", "groups.question.submit", List.of(
                        GroupPages.text("subject", "groups.question.subject", "groups.question.subject.hint"),
                        FormField.textarea("text", "groups.question.text").hinted()),
                        (id, f) -> groups.raiseQuestion(id, f.toQuestion()), "groups.banner.asked", null),
                // The chair cancels; it cannot be undone, so the reason is checked first.
                new Form<ReasonForm>("avbryt", ReasonForm::new, nothing(), "groups.cancel.title",
                        "groups.cancel.lead", "common.continue",
                        List.of(FormField.textarea("reason", "groups.cancel.reason").hinted()),
                        (id, f) -> groups.step(id, AssignmentStep.CANCEL, f.toReason()), "groups.banner.cancelled",
                        "groups/cancel-check"));
    }

    /** One of {@link #forms}; the other paths under an assignment are mapped literally, which Spring MVC prefers. */
    @GetMapping("/uppdrag/{id}/{path}")
    String form(@PathVariable String id, @PathVariable String path, HttpServletRequest request, Model model) {
        return open(form(path), groups.assignment(id), request, model);
    }

    private <F> String open(Form<F> form, AssignmentView a, HttpServletRequest request, Model model) {
        F values = form.blank().get();
        form.prefill().accept(values, a);
        model.addAllAttributes(binding.bind(values, "form", request).getModel());
        return formPage(a, model, form.page(a.id()));
    }

    /** The form's command, or its check page first. */
    @PostMapping("/uppdrag/{id}/{path}")
    String send(@PathVariable String id, @PathVariable String path, HttpServletRequest request, Model model,
                RedirectAttributes next) {
        Form<?> form = form(path);
        return form.check() == null ? send(form, id, request, model, next) : check(form, id, request, model);
    }

    private <F> String check(Form<F> form, String id, HttpServletRequest request, Model model) {
        BindingResult errors = binding.bindValid(form.blank().get(), "form", request);
        model.addAllAttributes(errors.getModel());
        AssignmentView a = groups.assignment(id);
        return CheckedForm.check(errors, () -> formPage(a, model, form.page(id)), () -> {
            model.addAttribute("assignment", a);
            return form.check();
        });
    }

    /** "Ändra" on a check page: the form again, with the answers kept. */
    @PostMapping("/uppdrag/{id}/{path}/andra")
    String change(@PathVariable String id, @PathVariable String path, HttpServletRequest request, Model model) {
        Form<?> form = checkedForm(path);
        model.addAllAttributes(binding.bind(form.blank().get(), "form", request).getModel());
        return formPage(groups.assignment(id), model, form.page(id));
    }

    /** The check page confirmed: the command, as a form without one would send it. */
    @PostMapping("/uppdrag/{id}/{path}/bekrafta")
    String confirm(@PathVariable String id, @PathVariable String path, HttpServletRequest request, Model model,
                   RedirectAttributes next) {
        return send(checkedForm(path), id, request, model, next);
    }

    private <F> String send(Form<F> form, String id, HttpServletRequest request, Model model, RedirectAttributes next) {
        F values = form.blank().get();
        BindingResult errors = binding.bindValid(values, "form", request);
        model.addAllAttributes(errors.getModel());
        return GroupPages.submit(errors, () -> form.command().accept(id, values),
                () -> formPage(groups.assignment(id), model, form.page(id)), "/uppdrag/" + id, form.banner(), null,
                next);
    }

    private Form<?> form(String path) {
        return forms.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new ServiceRefusal(404, "no form " + path, List.of()));
    }

    private Form<?> checkedForm(String path) {
        Form<?> form = form(path);
        if (form.check() == null) {
            throw new ServiceRefusal(404, "no check page for " + path, List.of());
        }
        return form;
    }

    // --- The LAG accepts: nothing to fill in.

    @PostMapping("/uppdrag/{id}/acceptera")
    String accept(@PathVariable String id, RedirectAttributes next) {
        groups.step(id, AssignmentStep.ACCEPT, null);
        return GroupPages.done("/uppdrag/" + id, "groups.banner.accepted", null, next);
    }

    // --- Shared by the assignment's forms.

    private static String action(String id, String form) {
        return "/uppdrag/" + id + "/" + form;
    }

    private static String formPage(AssignmentView a, Model model, FormPage page) {
        model.addAttribute("assignment", a);
        model.addAttribute("formPage", page);
        return FormPage.TEMPLATE;
    }
}
