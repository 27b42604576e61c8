package se.rjh.mtp.portal.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.SignedInUser;

/**
 * A LAG's assignment board: one list per status, each card with its due date, "Försenat" in words when overdue and,
 * in progress, the latest signal in words and colour. A card moves with "Flytta till…" (a select and a button, never
 * drag-and-drop): the move that needs nothing is sent at once, the others open their form on the assignment page.
 */
@Controller
class AssignmentBoardController {

    /** The board's lists, in the order of the work. */
    static final List<AssignmentStatus> LISTS = List.of(AssignmentStatus.DRAFTED, AssignmentStatus.ISSUED,
            AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.DELIVERED,
            AssignmentStatus.COMPLETED);
    /** Ended without a delivery: listed under the board. */
    private static final Set<AssignmentStatus> ENDED = EnumSet.of(AssignmentStatus.DECLINED, AssignmentStatus.CANCELLED);

    private final GroupGateway groups;
    private final Clock clock;

    AssignmentBoardController(GroupGateway groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @GetMapping("/grupper/{groupId}/uppdrag")
    String board(@PathVariable String groupId, @ModelAttribute("user") SignedInUser user, Model model) {
        WorkingGroupView group = groups.group(groupId);
        Viewer viewer = Viewer.of(user, group);
        LocalDate today = LocalDate.now(clock);
        List<AssignmentView> assignments = groups.assignments(groupId);
        Map<AssignmentStatus, List<Card>> lists = new LinkedHashMap<>();
        for (AssignmentStatus status : LISTS) {
            lists.put(status, assignments.stream().filter(a -> a.status() == status)
                    .map(a -> Card.of(a, viewer, today)).toList());
        }
        model.addAttribute("group", group);
        model.addAttribute("lists", lists);
        model.addAttribute("ended", assignments.stream().filter(a -> ENDED.contains(a.status())).toList());
        model.addAttribute("canWrite", viewer.chair() && group.dissolvedOn() == null);
        return "groups/board";
    }

    @PostMapping("/grupper/{groupId}/uppdrag/{id}/flytta")
    String move(@PathVariable String groupId, @PathVariable String id, @RequestParam(required = false) Move move,
                @ModelAttribute("user") SignedInUser user, RedirectAttributes next) {
        AssignmentView assignment = groups.assignment(id);
        if (!assignment.groupId().equals(groupId)) {
            throw new ServiceRefusal(404, "assignment " + id + " is not " + groupId + "'s", List.of());
        }
        Viewer viewer = Viewer.of(user, groups.group(groupId));
        if (move == null || !move.legalFrom(assignment.status(), viewer.chair(), viewer.lagMember())) {
            // The card has moved since the board was shown, or the select was left empty: the board as it is now.
            return GroupPages.done("/grupper/" + groupId + "/uppdrag", "groups.banner.notMoved",
                    assignment.title(), next);
        }
        String form = move.form(id);
        if (form != null) {
            return "redirect:" + form;
        }
        switch (move) {
            case ACCEPT -> groups.step(id, GroupCommands.AssignmentStep.ACCEPT, null);
            default -> throw new IllegalStateException(move + " has a form");
        }
        return GroupPages.done("/grupper/" + groupId + "/uppdrag", "groups.banner.moved." + move.to(),
                assignment.title(), next);
    }
}
