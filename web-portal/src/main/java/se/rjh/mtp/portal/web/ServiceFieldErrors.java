package se.rjh.mtp.portal.web;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.BeanWrapperImpl;
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
    public static <T> T attempt(Supplier<T> command, BindingResult form, Map<String, String> formFields) {
        try {
            return command.get();
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 400) {
                throw refusal;
            }
            apply(refusal, form, formFields);
            return null;
        }
    }

    /** {@link #attempt} for a command that answers nothing the page needs: true when the service took it. */
    public static boolean sent(Runnable command, BindingResult form) {
        return sent(command, form, Map.of());
    }

    /** {@link #sent(Runnable, BindingResult)} for a form whose fields the service names otherwise. */
    public static boolean sent(Runnable command, BindingResult form, Map<String, String> formFields) {
        return attempt(() -> {
            command.run();
            return Boolean.TRUE;
        }, form, formFields) != null;
    }

    /** @param formFields the service's field name to the form's, for the fields whose names differ */
    public static void apply(ServiceRefusal refusal, BindingResult form, Map<String, String> formFields) {
        for (ServiceRefusal.FieldProblem problem : refusal.fieldProblems()) {
            String field = formFields.getOrDefault(problem.field(), problem.field());
            boolean known = field != null && form.getFieldType(field) != null;
            String code = problem.personalIdentityNumber() ? "service.personalIdentityNumber" : "service.rejected";
            if (known) {
                if (problem.personalIdentityNumber()) {
                    empty(form, field);
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

    /** Empties the form's field before it is rejected, so its value is not what the page shows again. */
    private static void empty(BindingResult form, String field) {
        Class<?> type = form.getFieldType(field);
        if (type != null && !type.isPrimitive()) {
            new BeanWrapperImpl(form.getTarget()).setPropertyValue(field, null);
        }
    }
}
