package se.rjh.mtp.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The four handlers of a controller whose forms are {@link FormSteps} rows, mapped below the controller's own
 * {@code @RequestMapping} (each step's path, with the {@code {id}} of what it is about, or none for a new one): so a
 * controller says only its paths and its steps. A step sent at once has no {@value FormSteps#CHANGE} or
 * {@value FormSteps#CONFIRM} (404).
 */
public interface FormStepHandlers {

    /** The controller's steps. */
    FormSteps steps();

    @GetMapping
    default String form(HttpServletRequest request, Model model) {
        return steps().open(request, model);
    }

    @PostMapping
    default String send(HttpServletRequest request, Model model, RedirectAttributes next) {
        return steps().send(request, model, next);
    }

    /** Back from a check page to the form with the answers as they were. */
    @PostMapping(FormSteps.CHANGE)
    default String change(HttpServletRequest request, Model model) {
        return steps().change(request, model);
    }

    @PostMapping(FormSteps.CONFIRM)
    default String confirm(HttpServletRequest request, Model model, RedirectAttributes next) {
        return steps().confirm(request, model, next);
    }
}
