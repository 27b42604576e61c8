package se.rjh.mtp.portal.groups;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.groups.QuestionCases;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.portal.groups.GroupCommands.AssignmentStep;
import se.rjh.mtp.portal.groups.GroupForms.AssignmentForm;
import se.rjh.mtp.portal.web.CheckedForm;
import se.rjh.mtp.portal.web.FormField;
import se.rjh.mtp.portal.web.FormPage;
import se.rjh.mtp.portal.web.SignedInUser;

/**
 * The assignment page ({@code /uppdrag/{id}}): the written assignment, the actions this user may take, the timeline,
 * and the questions with the cases they became and those cases' decisions. The chair writes a new assignment and
 * issues it after a check page; a member of the LAG accepts. The assignment's other forms (issue a draft, feedback,
 * cancel, decline, progress, delivery, a question) are {@link AssignmentStepsController}'s.
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

    // --- The LAG accepts: nothing to fill in.

    @PostMapping("/uppdrag/{id}/acceptera")
    String accept(@PathVariable String id, RedirectAttributes next) {
        groups.step(id, AssignmentStep.ACCEPT, null);
        return GroupPages.done("/uppdrag/" + id, "groups.banner.accepted", null, next);
    }
}
