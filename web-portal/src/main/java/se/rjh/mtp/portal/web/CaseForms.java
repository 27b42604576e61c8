package se.rjh.mtp.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/** What the case's forms share: the case beside the form, and post/redirect/get back to the case with a banner. */
final class CaseForms {

    private CaseForms() {
    }

    /** The layout of every form about one case (case-form.html). */
    static final String LAYOUT = "case-form";
    /** The hint under a case form's date fields. */
    static final String DATE_HINT = "common.date.hint";

    /**
     * The form's page, with the case as it stands now (its number and subject head the form). A form that is only
     * its fields ({@link CaseFormPages}) is drawn by the form page; the others have templates of their own.
     */
    static String page(CaseGateway cases, String id, Model model, String template) {
        FormPage formPage = CaseFormPages.of(template, id);
        return formPage == null ? withCase(cases, id, model, template) : page(cases, id, model, formPage);
    }

    /** A form that is only its fields, with the case beside it. */
    static String page(CaseGateway cases, String id, Model model, FormPage page) {
        return withCase(cases, id, model, formPage(model, page));
    }

    /** A form that is only its fields, where the case is on the model already (with the item it is about). */
    static String formPage(Model model, FormPage page) {
        model.addAttribute("formPage", page);
        return FormPage.TEMPLATE;
    }

    private static String withCase(CaseGateway cases, String id, Model model, String template) {
        model.addAttribute("case", cases.get(id));
        return template;
    }

    /**
     * A form about the case that posts to {@code /arenden/{id}/<path>}: its heading {@code <texts>.title}, its button
     * {@code <texts>.submit}.
     */
    static FormPage form(String id, String path, String form, String texts, FormField... fields) {
        return FormPage.of(LAYOUT, casePath(id) + "/" + path, form, texts + ".title", texts + ".submit", fields);
    }

    /** The case's page on this portal. */
    static String casePath(String id) {
        return "/arenden/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    /** The one field of a form that asks for a reason: its texts {@code <texts>.reason} and its hint. */
    static FormField reason(String texts) {
        return FormField.textarea("reason", texts + ".reason").hinted();
    }

    /** A date field of a case form. */
    static FormField date(String name, String label) {
        return FormField.date(name, label, DATE_HINT);
    }

    /**
     * The case and the one of its items a form is about (a consultation, a follow-up), both on the model: the case as
     * {@code case}, the item as {@code name}. No such item on the case is a 404.
     */
    static <T> void item(CaseGateway cases, String id, Model model, Function<CaseView, List<T>> items,
                         Predicate<T> wanted, String name) {
        CaseView view = cases.get(id);
        List<T> all = items.apply(view);
        T item = all == null ? null : all.stream().filter(wanted).findFirst().orElse(null);
        if (item == null) {
            throw new ServiceRefusal(404, "no such " + name, List.of());
        }
        model.addAttribute("case", view);
        model.addAttribute(name, item);
    }

    /**
     * A case form sent: the command when the form is valid; the form again (the service's refusals at their fields)
     * when it is not or the service refuses; otherwise back to the case page with the banner.
     */
    static String submit(String id, BindingResult errors, Runnable command, Supplier<String> form, String banner,
                         RedirectAttributes next) {
        return submit(id, errors, command, Map.of(), form, banner, next);
    }

    /** @param formFields the service's field name to the form's, for the fields whose names differ */
    static String submit(String id, BindingResult errors, Runnable command, Map<String, String> formFields,
                         Supplier<String> form, String banner, RedirectAttributes next) {
        return CheckedForm.confirm(errors, command, formFields, form, () -> done(id, banner, next));
    }

    /** Done: back to the case page, where the notification banner says what happened. */
    static String done(String id, String banner, RedirectAttributes next) {
        next.addFlashAttribute("banner", banner);
        return "redirect:/arenden/" + id;
    }

    /** A form that asks only for a reason: its texts ({@code <texts>.title}, see {@link #reason}), button, action. */
    record ReasonPage(String texts, String submit, String action) {

        static ReasonPage of(String texts, String submit, String action) {
            return new ReasonPage(texts, submit, action);
        }

        FormPage formPage() {
            return FormPage.of(LAYOUT, action, "reasonForm", texts + ".title", submit, reason(texts));
        }
    }

    /** A form that asks only for a reason, with the case beside it. */
    static String reasonPage(CaseGateway cases, String id, Model model, ReasonPage page) {
        return page(cases, id, model, page.formPage());
    }

    /** A check-your-answers page (check.html): the answers as rows, sent again as hidden fields on confirming. */
    record CheckPage(String title, String lead, String submit, String confirmAction, String changeAction,
                     List<Row> rows) {
        /** One answer: the form field, its label's message key, the value as entered. */
        record Row(String field, String label, String value) {
        }
    }
}
