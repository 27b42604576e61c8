package se.rjh.mtp.portal.web;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * A service's field refusals onto the form the user filled in: each at the form field it came from, in Swedish. A
 * field that held a personal identity number is emptied, so the number is never sent back to the browser.
 */
public final class ServiceFieldErrors {

    private ServiceFieldErrors() {
    }

    /**
     * Runs a command against a service. A refusal of the input (400) comes back onto the form, and the result is
     * then null; any other refusal goes on to the error pages.
     */
    public static <T> T attempt(Supplier<T> command, BindingResult form, Map<String, String> formFields,
                         Consumer<String> clear) {
        try {
            return command.get();
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 400) {
                throw refusal;
            }
            apply(refusal, form, formFields, clear);
            return null;
        }
    }

    /** {@link #attempt} for a command that answers nothing the page needs: true when the service took it. */
    public static boolean sent(Runnable command, BindingResult form, Consumer<String> clear) {
        return attempt(() -> {
            command.run();
            return Boolean.TRUE;
        }, form, Map.of(), clear) != null;
    }

    /**
     * @param formFields the service's field name to the form's, for the fields whose names differ
     * @param clear      empties a form field by its name
     */
    static void apply(ServiceRefusal refusal, BindingResult form, Map<String, String> formFields, Consumer<String> clear) {
        for (ServiceRefusal.FieldProblem problem : refusal.fieldProblems()) {
            String field = formFields.getOrDefault(problem.field(), problem.field());
            boolean known = field != null && form.getFieldType(field) != null;
            String code = problem.personalIdentityNumber() ? "service.personalIdentityNumber" : "service.rejected";
            if (known) {
                if (problem.personalIdentityNumber()) {
                    clear.accept(field);
                }
                form.rejectValue(field, code);
            } else {
                form.reject(code);
            }
        }
        if (refusal.fieldProblems().isEmpty()) {
            form.reject("service.refused");
        }
    }
}
