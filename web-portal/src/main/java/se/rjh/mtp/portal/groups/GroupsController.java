package se.rjh.mtp.portal.groups;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.groups.GroupForms.AppointForm;
import se.rjh.mtp.portal.web.FormField;
import se.rjh.mtp.portal.web.FormPage;
import se.rjh.mtp.portal.web.SignedInUser;

/**
 * "Grupper": LSG MTP and its LAGs with mandate and members; one group's membership history and who was a member on a
 * day (a GET form; with htmx only the answer is swapped and the address pushed); the chair appoints members and ends
 * memberships, the end through a check page; a LAG's assignment board, where its cards move.
 */
@Controller
class GroupsController {

    /** The board's lists, in the order of the work. */
    static final List<AssignmentStatus> LISTS = List.of(AssignmentStatus.DRAFTED, AssignmentStatus.ISSUED,
            AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.DELIVERED,
            AssignmentStatus.COMPLETED);
    /** Ended without a delivery: listed under the board. */
    private static final Set<AssignmentStatus> ENDED = EnumSet.of(AssignmentStatus.DECLINED, AssignmentStatus.CANCELLED);

    private final GroupGateway groups;
    private final Clock clock;

    GroupsController(GroupGateway groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @GetMapping("/grupper")
    String list(Model model) {
        model.addAttribute("groups", groups.groups());
        return "groups/groups";
    }

    @GetMapping("/grupper/{groupId}")
    String group(@PathVariable String groupId, @RequestParam(name = "datum", required = false) String day,
                 @ModelAttribute("user") SignedInUser user, HtmxRequest htmx, Model model) {
        WorkingGroupView group = groups.group(groupId);
        model.addAttribute("group", group);
        model.addAttribute("manages", Viewer.managesGroups(user) && group.dissolvedOn() == null);
        model.addAttribute("day", day);
        if (day != null && !day.isBlank()) {
            try {
                model.addAttribute("membersOn", Memberships.on(group, LocalDate.parse(day.strip())));
            } catch (DateTimeParseException notADate) {
                model.addAttribute("dayError", true);
            }
        }
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? "groups/group :: membersOn" : "groups/group";
    }

    @GetMapping("/grupper/{groupId}/ledamoter/ny")
    String appointForm(@PathVariable String groupId, Model model) {
        AppointForm form = new AppointForm();
        form.setFrom(LocalDate.now(clock));
        model.addAttribute("form", form);
        return appointPage(groupId, model);
    }

    @PostMapping("/grupper/{groupId}/ledamoter/ny")
    String appoint(@PathVariable String groupId, @Valid @ModelAttribute("form") AppointForm form,
                   BindingResult errors, Model model, RedirectAttributes next) {
        try {
            return GroupPages.submit(errors, () -> groups.appoint(groupId, form.toAppointment()),
                    () -> appointPage(groupId, model), "/grupper/" + groupId, "groups.banner.appointed",
                    form.getName(), next);
        } catch (GroupStateConflict conflict) {
            // The group's rules as it stands (one chair at a time, or a dissolved group): said on the form.
            errors.reject("groups.appoint.conflict");
            return appointPage(groupId, model);
        }
    }

    private String appointPage(String groupId, Model model) {
        model.addAttribute("group", groups.group(groupId));
        model.addAttribute("formPage", GroupPages.formPage("groups.appoint.title", "groups.appoint.lead",
                "/grupper/" + groupId + "/ledamoter/ny", "groups.appoint.submit", List.of(
                GroupPages.text("userName", "groups.member.userName", "groups.member.userName.hint"),
                GroupPages.text("name", "groups.member.name", null),
                FormField.radios("role", "groups.member.role", List.of(MemberRole.values()), "groups.role"),
                GroupPages.text("unit", "groups.member.unit", "groups.optional"),
                FormField.dateInput("from", "groups.member.from", "groups.date.hint"))));
        return FormPage.TEMPLATE;
    }

    @GetMapping("/grupper/{groupId}/ledamoter/{userName}/avsluta")
    String endCheck(@PathVariable String groupId, @PathVariable String userName, Model model) {
        WorkingGroupView group = groups.group(groupId);
        model.addAttribute("group", group);
        model.addAttribute("member", member(group, userName));
        return "groups/end-membership";
    }

    @PostMapping("/grupper/{groupId}/ledamoter/{userName}/avsluta")
    String end(@PathVariable String groupId, @PathVariable String userName, RedirectAttributes next) {
        WorkingGroupView.Member member = member(groups.group(groupId), userName);
        groups.endMembership(groupId, userName);
        return GroupPages.done("/grupper/" + groupId, "groups.banner.ended", member.name(), next);
    }

    private static WorkingGroupView.Member member(WorkingGroupView group, String userName) {
        return group.members().stream().filter(m -> m.userName().equals(userName)).findFirst()
                // Not a current member (any more): the page for it does not exist.
                .orElseThrow(() -> new ServiceRefusal(404, "no current member " + userName, List.of()));
    }

    // --- A LAG's assignment board: one list per status, each card with its due date, "Försenat" in words when overdue
    // and, in progress, the latest signal in words and colour. A card moves with "Flytta till…" (a select and a
    // button, never drag-and-drop): the move that needs nothing is sent at once, the others open their form on the
    // assignment page.

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
