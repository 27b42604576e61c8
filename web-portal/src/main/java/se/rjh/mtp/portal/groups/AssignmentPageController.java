package se.rjh.mtp.portal.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.groups.QuestionCases;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.portal.groups.GroupCommands.AssignmentStep;
import se.rjh.mtp.portal.web.SignedInUser;

/**
 * The assignment page ({@code /uppdrag/{id}}): the written assignment, the actions this user may take, the timeline,
 * and the questions with the cases they became and those cases' decisions; a member of the LAG accepts here. The
 * assignments' forms (a new one, issue a draft, feedback, cancel, decline, progress, delivery, a question) are
 * {@link AssignmentStepsController}'s.
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

    // --- The LAG accepts: nothing to fill in.

    @PostMapping("/uppdrag/{id}/acceptera")
    String accept(@PathVariable String id, RedirectAttributes next) {
        groups.step(id, AssignmentStep.ACCEPT, null);
        return GroupPages.done("/uppdrag/" + id, "groups.banner.accepted", null, next);
    }
}
