package se.rjh.mtp.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * The case's forms that send one command and go back to the case: each is a row of {@link #forms}, served by the two
 * handlers below. Forms with a check page, an item of the case or rules of their own have controllers of their own
 * (mapped literally, which Spring MVC prefers to the path variable here).
 */
@Controller
class CaseFormsController {

    /** The due date the consultation form suggests: two weeks, the usual time for a concerned body. */
    static final int SUGGESTED_CONSULTATION_DAYS = 14;

    private final CaseGateway cases;
    private final Clock clock;
    private final FormattingConversionService conversions;
    private final Validator validator;
    private final List<Form<?>> forms;

    CaseFormsController(CaseGateway cases, Clock clock,
                        @Qualifier("mvcConversionService") FormattingConversionService conversions,
                        @Qualifier("mvcValidator") Validator validator) {
        this.cases = cases;
        this.clock = clock;
        this.conversions = conversions;
        this.validator = validator;
        this.forms = forms();
    }

    /**
     * One form of the case.
     *
     * @param path    the form's path under the case (/arenden/{id}/&lt;path&gt;)
     * @param name    the model attribute the template binds the form to
     * @param prefill what a new form starts with (nothing for most)
     * @param page    the form's page for the case: its model attributes besides the form, and its template
     * @param command the command, sent when the form is valid
     * @param banner  the message key of the banner the case page shows after it
     */
    private record Form<F>(String path, String name, Supplier<F> blank, Consumer<F> prefill,
                           BiFunction<String, Model, String> page, BiConsumer<String, F> command, String banner) {
    }

    private static <F> Consumer<F> nothing() {
        return form -> { };
    }

    private List<Form<?>> forms() {
        return List.of(
                // What the case officer records while preparing: notes, document references, the risk assessment.
                new Form<NoteForm>("anteckning", "noteForm", NoteForm::new, nothing(), template("note"),
                        (id, f) -> cases.addNote(id, f.toNote()), "banner.noteAdded"),
                new Form<DocumentForm>("dokument", "documentForm", DocumentForm::new, nothing(), template("document"),
                        (id, f) -> cases.referenceDocument(id, f.toDocument()), "banner.documentReferenced"),
                new Form<RiskForm>("risk", "riskForm", RiskForm::new, nothing(), (id, model) -> {
                    model.addAttribute("scale", RiskForm.SCALE);
                    return CaseForms.page(cases, id, model, "risk");
                }, (id, f) -> cases.assessRisk(id, f.toRisk()), "banner.riskAssessed"),
                // Samverkan: the case officer asks a concerned body.
                new Form<ConsultationForm>("samverkan", "consultationForm", ConsultationForm::new,
                        f -> f.setDueDate(LocalDate.now(clock).plusDays(SUGGESTED_CONSULTATION_DAYS)), (id, model) -> {
                    model.addAttribute("bodies", List.of(ConcernedBody.values()));
                    return CaseForms.page(cases, id, model, "consultation");
                }, (id, f) -> cases.requestConsultation(id, f.toRequest()), "banner.consultationRequested"),
                // The chair returns a proposal to preparation (återremiss).
                new Form<ReasonForm>("aterremiss", "reasonForm", ReasonForm::new, nothing(),
                        reasonPage("return", "return.submit", "aterremiss"),
                        (id, f) -> cases.returnProposal(id, f.toReason()), "banner.returned"),
                // An incident the case officer finds need not be reported.
                new Form<ReasonForm>("ej-rapporteringspliktig", "reasonForm", ReasonForm::new, nothing(),
                        reasonPage("notReportable", "notReportable.submit", "ej-rapporteringspliktig"),
                        (id, f) -> cases.recordNotReportable(id, f.toReason()), "banner.notReportable"));
    }

    private BiFunction<String, Model, String> template(String template) {
        return (id, model) -> CaseForms.page(cases, id, model, template);
    }

    private BiFunction<String, Model, String> reasonPage(String texts, String submit, String path) {
        return (id, model) -> CaseForms.reasonPage(cases, id, model,
                CaseForms.ReasonPage.of(texts, submit, "/arenden/" + id + "/" + path));
    }

    @GetMapping("/arenden/{id}/{path}")
    String form(@PathVariable String id, @PathVariable String path, Model model) {
        return open(form(path), id, model);
    }

    private <F> String open(Form<F> form, String id, Model model) {
        F values = form.blank().get();
        form.prefill().accept(values);
        model.addAttribute(form.name(), values);
        return form.page().apply(id, model);
    }

    @PostMapping("/arenden/{id}/{path}")
    String send(@PathVariable String id, @PathVariable String path, HttpServletRequest request, Model model,
                RedirectAttributes next) {
        return send(form(path), id, request, model, next);
    }

    private <F> String send(Form<F> form, String id, HttpServletRequest request, Model model,
                            RedirectAttributes next) {
        F values = form.blank().get();
        BindingResult errors = FormBinding.bindValid(values, form.name(), request, conversions, validator);
        model.addAllAttributes(errors.getModel());
        return CaseForms.submit(id, errors, () -> form.command().accept(id, values),
                () -> form.page().apply(id, model), form.banner(), next);
    }

    private Form<?> form(String path) {
        return forms.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new ServiceRefusal(404, "no form " + path, List.of()));
    }
}
