package se.rjh.mtp.portal.register;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.devices.ReviewConclusion;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.api.devices.view.ReviewView;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * The yearly review (Art. 5(5)(h) MDR) as a task list: clinical experience, incidents and complaints, the market
 * search, the conclusion and the corrective actions, each its own short form with its status on the list. The
 * review is written in the user's session and sent to the register once, after a page to check it.
 */
@Controller
class ReviewController {

    private static final String REVIEW = RegisterPages.LIST + "/{id}/granskning";

    private final RegisterGateway register;
    private final Clock clock;

    ReviewController(RegisterGateway register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping(REVIEW)
    String tasks(@PathVariable String id, HttpSession session, Model model) {
        InHouseDeviceView device = register.get(id);
        return taskList(device, draft(device, session), model);
    }

    @GetMapping(REVIEW + "/{task}")
    String task(@PathVariable String id, @PathVariable String task, HttpSession session, Model model) {
        InHouseDeviceView device = register.get(id);
        model.addAttribute("registerReview", draft(device, session));
        return taskPage(device, task(task), model);
    }

    @PostMapping(REVIEW + "/{task}")
    String saveTask(@PathVariable String id, @PathVariable String task,
                    @ModelAttribute("registerReview") ReviewForm posted, BindingResult errors, HttpSession session,
                    Model model) {
        ReviewTask reviewTask = task(task);
        InHouseDeviceView device = register.get(id);
        ReviewForm draft = draft(device, session);
        reviewTask.requireAnswers(errors);
        if (errors.hasErrors()) {
            posted.getActions().addAll(draft.getActions());
            return taskPage(device, reviewTask, model);
        }
        reviewTask.copy(posted, draft);
        draft.markDone(reviewTask);
        return "redirect:" + RegisterPages.devicePath(id) + "/granskning";
    }

    @PostMapping(REVIEW + "/atgarder/ny")
    String addAction(@PathVariable String id, @ModelAttribute("registerReview") ReviewForm posted,
                     BindingResult errors, HttpSession session, Model model) {
        InHouseDeviceView device = register.get(id);
        ReviewForm draft = draft(device, session);
        ReviewTask.require(errors, ReviewTask.NEW_ACTION);
        if (errors.hasErrors()) {
            posted.getActions().addAll(draft.getActions());
            return taskPage(device, ReviewTask.CORRECTIVE_ACTIONS, model);
        }
        draft.getActions().add(new ReviewForm.Action(posted.getActionDescription().strip(),
                posted.getActionOwner().strip(), posted.getActionDueDate()));
        return "redirect:" + RegisterPages.devicePath(id) + "/granskning/atgarder";
    }

    @PostMapping(REVIEW + "/atgarder/{index}/ta-bort")
    String removeAction(@PathVariable String id, @PathVariable int index, HttpSession session) {
        ReviewForm draft = draft(register.get(id), session);
        if (index >= 0 && index < draft.getActions().size()) {
            draft.getActions().remove(index);
        }
        return "redirect:" + RegisterPages.devicePath(id) + "/granskning/atgarder";
    }

    @GetMapping(REVIEW + "/kontrollera")
    String check(@PathVariable String id, HttpSession session, Model model) {
        InHouseDeviceView device = register.get(id);
        ReviewForm draft = draft(device, session);
        if (!draft.complete()) {
            model.addAttribute("incomplete", true);
            return taskList(device, draft, model);
        }
        return checkPage(device, draft, model);
    }

    @PostMapping(REVIEW + "/kontrollera")
    String complete(@PathVariable String id, HttpSession session, Model model, RedirectAttributes next) {
        InHouseDeviceView device = register.get(id);
        ReviewForm draft = draft(device, session);
        if (!draft.complete()) {
            model.addAttribute("incomplete", true);
            return taskList(device, draft, model);
        }
        try {
            register.review(id, draft.toCommand());
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 400) {
                throw refusal;
            }
            // Each refused answer links to the task that holds it.
            model.addAttribute("refused", refused(refusal, id));
            return checkPage(device, draft, model);
        }
        session.removeAttribute(key(id));
        return RegisterPages.done(id, draft.getConclusion() == ReviewConclusion.WITHDRAW
                ? "register.banner.reviewedWithdraw" : "register.banner.reviewed", next);
    }

    private static List<MissingItem> refused(ServiceRefusal refusal, String deviceId) {
        List<MissingItem> items = new ArrayList<>();
        for (ServiceRefusal.FieldProblem problem : refusal.fieldProblems()) {
            ReviewTask task = ReviewTask.holding(problem.field());
            items.add(task == null ? new MissingItem("register.review.refused", null, null)
                    : new MissingItem("register.review.refused." + task.name(), null,
                    RegisterPages.devicePath(deviceId) + "/granskning/" + task.getSlug()));
        }
        if (items.isEmpty()) {
            items.add(new MissingItem("register.review.refused", null, null));
        }
        return items;
    }

    private String taskList(InHouseDeviceView device, ReviewForm draft, Model model) {
        model.addAttribute("device", device);
        model.addAttribute("registerReview", draft);
        model.addAttribute("tasks", ReviewTask.values());
        return "register/review-tasks";
    }

    private String taskPage(InHouseDeviceView device, ReviewTask task, Model model) {
        model.addAttribute("device", device);
        model.addAttribute("task", task);
        model.addAttribute("conclusions", ReviewConclusion.values());
        model.addAttribute("yesNo", List.of(Boolean.TRUE, Boolean.FALSE));
        return "register/review-task";
    }

    private String checkPage(InHouseDeviceView device, ReviewForm draft, Model model) {
        if (!model.containsAttribute("refused")) {
            model.addAttribute("refused", List.of());
        }
        model.addAttribute("device", device);
        model.addAttribute("registerReview", draft);
        return "register/review-check";
    }

    private static ReviewTask task(String slug) {
        ReviewTask task = ReviewTask.bySlug(slug);
        if (task == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return task;
    }

    /** The review being written for this device, begun with the period since the last review (or the release). */
    private ReviewForm draft(InHouseDeviceView device, HttpSession session) {
        ReviewForm draft = (ReviewForm) session.getAttribute(key(device.id()));
        if (draft == null) {
            List<ReviewView> reviews = device.reviews() == null ? List.of() : device.reviews();
            LocalDate from = reviews.isEmpty() ? device.releasedOn() : reviews.get(reviews.size() - 1).reviewedOn();
            draft = ReviewForm.starting(from, LocalDate.now(clock));
            session.setAttribute(key(device.id()), draft);
        }
        return draft;
    }

    private static String key(String deviceId) {
        return "register.review." + deviceId;
    }
}
