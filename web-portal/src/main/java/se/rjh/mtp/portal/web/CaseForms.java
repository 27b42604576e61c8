package se.rjh.mtp.portal.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.portal.cases.CaseGateway;

/** What the case's forms share: the case beside the form, and post/redirect/get back to the case with a banner. */
final class CaseForms {

    private CaseForms() {
    }

    /** The form's page, with the case as it stands now (its number and subject head the form). */
    static String page(CaseGateway cases, String id, Model model, String template) {
        model.addAttribute("case", cases.get(id));
        return template;
    }

    /**
     * A case form sent: the command when the form is valid; the form again (the service's refusals at their fields)
     * when it is not or the service refuses; otherwise back to the case page with the banner.
     */
    static String submit(String id, BindingResult errors, Runnable command, Consumer<String> clear,
                         Supplier<String> form, String banner, RedirectAttributes next) {
        if (errors.hasErrors() || !ServiceFieldErrors.sent(command, errors, clear)) {
            return form.get();
        }
        return done(id, banner, next);
    }

    /** Done: back to the case page, where the notification banner says what happened. */
    static String done(String id, String banner, RedirectAttributes next) {
        next.addFlashAttribute("banner", banner);
        return "redirect:/arenden/" + id;
    }

    /** The texts of a form that asks only for a reason (reason.html): message keys and where it posts. */
    record ReasonPage(String title, String label, String hint, String submit, String action) {
    }

    /** A check-your-answers page (check.html): the answers as rows, sent again as hidden fields on confirming. */
    record CheckPage(String title, String lead, String submit, String confirmAction, String changeAction,
                     List<Row> rows) {
        /** One answer: the form field, its label's message key, the value as entered. */
        record Row(String field, String label, String value) {
        }
    }
}
