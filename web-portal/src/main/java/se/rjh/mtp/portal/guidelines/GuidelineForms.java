package se.rjh.mtp.portal.guidelines;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import se.rjh.mtp.api.guidelines.view.GuidelineVersionView;
import se.rjh.mtp.api.guidelines.view.GuidelineView;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.ServiceFieldErrors;

/**
 * What the guideline forms share: sending a command and showing the service's refusal on the page. Bad input (400)
 * goes to its fields; a refused step (409: someone else moved the version on, or a rule such as "no one approves their
 * own version") becomes a message in Swedish with a link to read the guideline again.
 */
final class GuidelineForms {

    /** The model attribute that holds the message key of a refused step. */
    static final String REFUSAL = "refusal";
    /** Version steps in which a version is still being worked on. */
    private static final Set<String> OPEN = Set.of("DRAFT", "IN_REVIEW", "APPROVED");

    private GuidelineForms() {
    }

    /** @return true when the service took the command; otherwise the refusal is on the form or in the model */
    static boolean sent(Runnable command, BindingResult form, Map<String, String> formFields, Model model) {
        return attempt(() -> {
            command.run();
            return Boolean.TRUE;
        }, form, formFields, model) != null;
    }

    /**
     * A form's command: sent when the form holds and the service takes it, then where {@code done} leads; otherwise
     * the form again, with the service's refusal at its field or in the model.
     */
    static String send(BindingResult errors, Runnable command, Map<String, String> formFields, Model model,
                       Supplier<String> form, Supplier<String> done) {
        return !errors.hasErrors() && sent(command, errors, formFields, model) ? done.get() : form.get();
    }

    /** @return the service's answer, or null when it refused (the refusal then on the form or in the model) */
    static <T> T attempt(Supplier<T> command, BindingResult form, Map<String, String> formFields, Model model) {
        try {
            return command.get();
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 409) {
                model.addAttribute(REFUSAL, refusalMessage(refusal));
                return null;
            }
            if (refusal.status() != 400) {
                throw refusal;
            }
            ServiceFieldErrors.apply(refusal, form, formFields);
            return null;
        }
    }

    /**
     * The message key for a step the service refused. The service names the rule in its problem's detail; the pages
     * say it in Swedish.
     */
    static String refusalMessage(ServiceRefusal refusal) {
        String detail = refusal.getMessage() == null ? "" : refusal.getMessage();
        if (detail.contains("did not write") || detail.contains("who wrote the version")) {
            return "guidelines.refused.ownVersion";
        }
        if (detail.contains("every named reviewer")) {
            return "guidelines.refused.notAllApproved";
        }
        if (detail.contains("only the named reviewers")) {
            return "guidelines.refused.notReviewer";
        }
        if (detail.contains("already been acknowledged")) {
            return "guidelines.refused.alreadyAcknowledged";
        }
        if (detail.contains("already recorded")) {
            return "guidelines.refused.alreadyRecorded";
        }
        if (detail.contains("is still open")) {
            return "guidelines.refused.openVersion";
        }
        return "guidelines.refused.changed";
    }

    /** The version being worked on (draft, in review or approved), or null. */
    static GuidelineVersionView openVersion(GuidelineView guideline) {
        return guideline.versions().stream().filter(v -> OPEN.contains(v.status()))
                .max(Comparator.comparingInt(GuidelineVersionView::versionNumber)).orElse(null);
    }

    /** The newest version. */
    static GuidelineVersionView latest(GuidelineView guideline) {
        return guideline.versions().stream().max(Comparator.comparingInt(GuidelineVersionView::versionNumber))
                .orElse(null);
    }

    /** The version with that number, or a 404 page. */
    static GuidelineVersionView version(GuidelineView guideline, int number) {
        GuidelineVersionView version = guideline.version(number);
        if (version == null) {
            throw new ServiceRefusal(404, "no version " + number, java.util.List.of());
        }
        return version;
    }
}
