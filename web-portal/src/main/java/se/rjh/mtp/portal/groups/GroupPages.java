package se.rjh.mtp.portal.groups;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.portal.web.CheckedForm;
import se.rjh.mtp.portal.web.FormField;
import se.rjh.mtp.portal.web.FormPage;

/** What the group and assignment forms share: their form pages, and post/redirect/get with a banner. */
final class GroupPages {

    /** The layout of every form of the group and assignment pages. */
    private static final String LAYOUT = "groups/group-form";

    private GroupPages() {
    }

    /**
     * A form sent: the command when the form is valid; the form again (group-service's refusals at their fields)
     * when it is not or group-service refuses the input; otherwise to {@code next} with the banner.
     */
    static String submit(BindingResult errors, Runnable command, Supplier<String> formPage,
                         String redirect, String banner, Object bannerArgument, RedirectAttributes next) {
        return CheckedForm.confirm(errors, command, Map.of(), formPage,
                () -> done(redirect, banner, bannerArgument, next));
    }

    /** Done: to the page where the notification banner says what happened. */
    static String done(String redirect, String banner, Object bannerArgument, RedirectAttributes next) {
        next.addFlashAttribute("banner", banner);
        next.addFlashAttribute("bannerArgument", bannerArgument);
        return "redirect:" + redirect;
    }

    /**
     * A form of the group and assignment pages: its texts (message keys), where it posts, and its fields in order,
     * bound to the model attribute {@code form}.
     *
     * @param lead an inset paragraph above the fields (message key), or null
     */
    static FormPage formPage(String title, String lead, String action, String submit, List<FormField> fields) {
        return new FormPage(LAYOUT, action, "form", title, submit, fields, lead, null, null, false);
    }

    /** A one-line text field as these forms draw it, two thirds wide. */
    static FormField text(String name, String label, String hint) {
        return FormField.text(name, label).hint(hint).width("govuk-!-width-two-thirds");
    }
}
