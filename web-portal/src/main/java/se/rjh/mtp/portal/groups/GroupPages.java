package se.rjh.mtp.portal.groups;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.portal.web.CheckedForm;

/** What the group and assignment forms share: the generic form page, and post/redirect/get with a banner. */
final class GroupPages {

    /** The generic form template; {@link FormPage} says what it shows. */
    static final String FORM = "groups/form";

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
     * A form of groups/form.html: its texts (message keys), where it posts, and its fields in order.
     *
     * @param lead an inset paragraph above the fields (message key), or null
     */
    record FormPage(String title, String lead, String action, String submit, List<Field> fields) {
    }

    /**
     * One field: {@code kind} is text, date, textarea or radios; a radio's label is the message
     * {@code <labels>.<value>}.
     */
    record Field(String name, String kind, String label, String hint, List<?> values, String labels) {

        static Field text(String name, String label, String hint) {
            return new Field(name, "text", label, hint, List.of(), null);
        }

        static Field date(String name, String label, String hint) {
            return new Field(name, "date", label, hint, List.of(), null);
        }

        static Field textarea(String name, String label, String hint) {
            return new Field(name, "textarea", label, hint, List.of(), null);
        }

        static Field radios(String name, String label, List<?> values, String labels) {
            return new Field(name, "radios", label, null, values, labels);
        }
    }
}
