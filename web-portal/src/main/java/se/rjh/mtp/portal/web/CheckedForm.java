package se.rjh.mtp.portal.web;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * A step that cannot be undone (registration, a decision, closing, issuing or cancelling an assignment, withdrawing a
 * device) goes form → check-your-answers page → ("Ändra" back to the form, the answers kept) → confirm → command →
 * the next page with a banner. The controllers say which form, check page and command; the order is kept here.
 */
public final class CheckedForm {

    private CheckedForm() {
    }

    /** The form sent the first time: the form again while it has errors, otherwise the check page. */
    public static String check(BindingResult errors, Supplier<String> form, Supplier<String> checkPage) {
        return errors.hasErrors() ? form.get() : checkPage.get();
    }

    /**
     * The answers confirmed: the command when they still hold; the form again when they do not or the service refuses
     * them (its refusals at the form's fields); otherwise where the command's answer leads.
     *
     * @param formFields the service's field name to the form's, for the fields whose names differ
     */
    public static <T> String confirm(BindingResult errors, Supplier<T> command, Map<String, String> formFields,
                                     Supplier<String> form, Function<T, String> done) {
        T answer = errors.hasErrors() ? null : ServiceFieldErrors.attempt(command, errors, formFields);
        return answer == null ? form.get() : done.apply(answer);
    }

    /** {@link #confirm} for a command that answers nothing the next page needs. */
    public static String confirm(BindingResult errors, Runnable command, Map<String, String> formFields,
                                 Supplier<String> form, Supplier<String> done) {
        return confirm(errors, () -> {
            command.run();
            return Boolean.TRUE;
        }, formFields, form, sent -> done.get());
    }
}
