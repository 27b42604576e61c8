package se.rjh.mtp.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * A controller's forms as rows served by the same four handlers: the form opened; the form sent (straight to its
 * command, or, for a step that cannot be undone, to its check page first, in {@link CheckedForm}'s order);
 * {@value #CHANGE} back from the check page with the answers kept; and {@value #CONFIRM}. Each row is a
 * {@link Step}; the pattern the request matched says which. {@link FormStepHandlers} maps the handlers.
 */
public final class FormSteps {

    /** Back from the check page to the form. */
    public static final String CHANGE = "/andra";
    /** The check page confirmed. */
    public static final String CONFIRM = "/bekrafta";

    private final FormBinding binding;
    private final List<Step<?, ?>> steps;

    public FormSteps(FormBinding binding, List<Step<?, ?>> steps) {
        this.binding = binding;
        this.steps = List.copyOf(steps);
        for (Step<?, ?> step : steps) {
            if (step.path().chars().filter(c -> c == '{').count() > 1) {
                throw new IllegalArgumentException("a step's path names at most what the form is about: "
                        + step.path());
            }
        }
    }

    /** A form's page: its model attributes besides the form, and its template. */
    @FunctionalInterface
    public interface Page<F> {
        String show(String id, F form, Model model);
    }

    /** A form's command, and what it answers (a step whose command answers nothing answers {@code TRUE}). */
    @FunctionalInterface
    public interface Command<F, T> {
        T send(String id, F form);
    }

    /** Where a step leads once its command is taken, with the banner that says so. */
    @FunctionalInterface
    public interface Done<T> {
        String next(String id, T answer, RedirectAttributes next);
    }

    /** A refusal the form shows at its own fields: true when it did, false to let the error pages have it. */
    @FunctionalInterface
    public interface Refusals<F> {
        boolean onForm(ServiceRefusal refusal, F form, Errors errors);
    }

    /**
     * One form.
     *
     * @param path       the form's path pattern, as mapped (e.g. {@code /arenden/{id}/avslut})
     * @param name       the model attribute the template binds the form to
     * @param empty      a new form, to bind the request to
     * @param opening    the form as it first opens (prefilled, or {@code empty})
     * @param page       the form's page
     * @param checkPage  the check page of a step that cannot be undone, or null to send the form at once
     * @param rules      the form's own rules beyond its constraints, checked each time it is sent
     * @param command    the command, sent when the form holds
     * @param formFields the service's field names to the form's, for the fields whose names differ
     * @param refusals   the service's refusals (beyond field problems) this form shows at its fields
     * @param done       where the step leads after its command
     */
    public record Step<F, T>(String path, String name, Supplier<F> empty, Opening<F> opening, Page<F> page,
                             Page<F> checkPage, BiConsumer<F, Errors> rules, Command<F, T> command,
                             Function<F, Map<String, String>> formFields, Refusals<F> refusals, Done<T> done) {

        /** What a form starts with, given the target's id and the model (the signed-in user is on it). */
        @FunctionalInterface
        public interface Opening<F> {
            F open(String id, Model model);
        }

        /** A form sent at once, opening empty, with no rules of its own and no refusals to show. */
        public static <F, T> Step<F, T> of(String path, String name, Supplier<F> empty, Page<F> page,
                                           Command<F, T> command, Done<T> done) {
            return new Step<>(path, name, empty, (id, model) -> empty.get(), page, null, (form, errors) -> { },
                    command, form -> Map.of(), (refusal, form, errors) -> false, done);
        }

        public Step<F, T> opening(Opening<F> value) {
            return new Step<>(path, name, empty, value, page, checkPage, rules, command, formFields, refusals, done);
        }

        public Step<F, T> checkPage(Page<F> value) {
            return new Step<>(path, name, empty, opening, page, value, rules, command, formFields, refusals, done);
        }

        public Step<F, T> rules(BiConsumer<F, Errors> value) {
            return new Step<>(path, name, empty, opening, page, checkPage, value, command, formFields, refusals, done);
        }

        public Step<F, T> formFields(Function<F, Map<String, String>> value) {
            return new Step<>(path, name, empty, opening, page, checkPage, rules, command, value, refusals, done);
        }

        public Step<F, T> refusals(Refusals<F> value) {
            return new Step<>(path, name, empty, opening, page, checkPage, rules, command, formFields, value, done);
        }
    }

    /** A command that answers nothing the next page needs. */
    public static <F> Command<F, Boolean> runs(BiConsumer<String, F> command) {
        return (id, form) -> {
            command.accept(id, form);
            return Boolean.TRUE;
        };
    }

    /**
     * The form opened: as its step opens it, with the answers a link gives in its query on top (e.g. the feedback
     * form opened as "revision requested").
     */
    public String open(HttpServletRequest request, Model model) {
        return open(step(request, ""), id(request), request, model);
    }

    private <F, T> String open(Step<F, T> step, String id, HttpServletRequest request, Model model) {
        F form = step.opening().open(id, model);
        if (request.getParameterMap().isEmpty()) {
            model.addAttribute(step.name(), form);
        } else {
            model.addAllAttributes(binding.bind(form, step.name(), request).getModel());
        }
        return step.page().show(id, form, model);
    }

    /** The form sent: the form again while it has errors, otherwise its check page, or its command at once. */
    public String send(HttpServletRequest request, Model model, RedirectAttributes next) {
        return send(step(request, ""), id(request), request, model, next);
    }

    private <F, T> String send(Step<F, T> step, String id, HttpServletRequest request, Model model,
                               RedirectAttributes next) {
        if (step.checkPage() == null) {
            return confirm(step, id, request, model, next);
        }
        F form = step.empty().get();
        BindingResult errors = bind(step, form, request, model);
        return CheckedForm.check(errors, () -> step.page().show(id, form, model),
                () -> step.checkPage().show(id, form, model));
    }

    /** Back from the check page to the form, with the answers as they were. */
    public String change(HttpServletRequest request, Model model) {
        return change(step(request, CHANGE), id(request), request, model);
    }

    private <F, T> String change(Step<F, T> step, String id, HttpServletRequest request, Model model) {
        F form = step.empty().get();
        model.addAllAttributes(binding.bind(form, step.name(), request).getModel());
        return step.page().show(id, form, model);
    }

    /** The answers confirmed: the command when they still hold, else the form again with what stops it. */
    public String confirm(HttpServletRequest request, Model model, RedirectAttributes next) {
        return confirm(step(request, CONFIRM), id(request), request, model, next);
    }

    private <F, T> String confirm(Step<F, T> step, String id, HttpServletRequest request, Model model,
                                  RedirectAttributes next) {
        F form = step.empty().get();
        BindingResult errors = bind(step, form, request, model);
        Supplier<String> page = () -> step.page().show(id, form, model);
        try {
            return CheckedForm.confirm(errors, () -> step.command().send(id, form), step.formFields().apply(form),
                    page, answer -> step.done().next(id, answer, next));
        } catch (ServiceRefusal refusal) {
            if (!step.refusals().onForm(refusal, form, errors)) {
                throw refusal;
            }
            return page.get();
        }
    }

    /** The request onto the form, its constraints and its own rules checked, both on the model. */
    private <F> BindingResult bind(Step<F, ?> step, F form, HttpServletRequest request, Model model) {
        BindingResult errors = binding.bindValid(form, step.name(), request);
        step.rules().accept(form, errors);
        model.addAllAttributes(errors.getModel());
        return errors;
    }

    /**
     * What the form is about: the one path variable of the step's path (a case's or an assignment's {@code {id}}, the
     * group a new assignment is for), or null for a form whose path has none (a new case).
     */
    private static String id(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map && !map.isEmpty() ? (String) map.values().iterator().next() : null;
    }

    /**
     * The step whose path, with {@code suffix}, is the pattern the request matched; only a step with a check page
     * has a path to change or confirm its answers.
     */
    private Step<?, ?> step(HttpServletRequest request, String suffix) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return steps.stream().filter(s -> suffix.isEmpty() || s.checkPage() != null)
                .filter(s -> (s.path() + suffix).equals(String.valueOf(pattern))).findFirst()
                .orElseThrow(() -> new ServiceRefusal(404, "no form " + pattern, List.of()));
    }
}
