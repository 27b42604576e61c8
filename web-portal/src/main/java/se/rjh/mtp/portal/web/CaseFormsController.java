package se.rjh.mtp.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * The case's forms that send one command and go back to the case: each is a row of {@link #forms}, served by the two
 * handlers below, whether about the case or about one item of it (a consultation, a follow-up). Forms with a check
 * page or rules of their own have controllers of their own (mapped literally, which Spring MVC prefers to the path
 * variables here).
 */
@Controller
class CaseFormsController {

    private static final String CASE_FORM = "/arenden/{id}/{path}";
    private static final String CONSULTATION_FORM = "/arenden/{id}/samverkan/{item}/{path}";
    private static final String FOLLOW_UP_FORM = "/arenden/{id}/uppfoljningar/{item}";

    /** The due date the consultation form suggests: two weeks, the usual time for a concerned body. */
    static final int SUGGESTED_CONSULTATION_DAYS = 14;

    private final CaseGateway cases;
    private final Clock clock;
    private final FormBinding binding;
    private final List<Form<?>> forms;

    CaseFormsController(CaseGateway cases, Clock clock, FormBinding binding) {
        this.cases = cases;
        this.clock = clock;
        this.binding = binding;
        this.forms = forms();
    }

    /** What a form is about: the case, and the item of it ({@code null} for a form about the case itself). */
    private record Target(String id, String item) {
    }

    /**
     * One form of the case.
     *
     * @param path    the form's path under the case: /arenden/{id}/&lt;path&gt;, or for an item
     *                /arenden/{id}/samverkan/{item}/&lt;step&gt; (path samverkan/&lt;step&gt;) and
     *                /arenden/{id}/uppfoljningar/{item} (path uppfoljningar/); an item's path has a slash, so that
     *                no single path segment reaches it without its item
     * @param name    the model attribute the template binds the form to
     * @param prefill what a new form starts with (nothing for most)
     * @param page    the form's page for the case: its model attributes besides the form, and its template
     * @param command the command, sent when the form is valid
     * @param banner  the message key of the banner the case page shows after it
     */
    private record Form<F>(String path, String name, Supplier<F> blank, Consumer<F> prefill,
                           BiFunction<Target, Model, String> page, BiConsumer<Target, F> command, String banner) {
    }

    private static <F> Consumer<F> nothing() {
        return form -> { };
    }

    private List<Form<?>> forms() {
        return List.of(
                // What the case officer records while preparing: notes, document references, the risk assessment.
                new Form<NoteForm>("anteckning", "noteForm", NoteForm::new, nothing(), template("note"),
                        (t, f) -> cases.addNote(t.id(), f.toNote()), "banner.noteAdded"),
                new Form<DocumentForm>("dokument", "documentForm", DocumentForm::new, nothing(), template("document"),
                        (t, f) -> cases.referenceDocument(t.id(), f.toDocument()), "banner.documentReferenced"),
                new Form<RiskForm>("risk", "riskForm", RiskForm::new, nothing(), (t, model) -> {
                    model.addAttribute("scale", RiskForm.SCALE);
                    return CaseForms.page(cases, t.id(), model, "risk");
                }, (t, f) -> cases.assessRisk(t.id(), f.toRisk()), "banner.riskAssessed"),
                // Samverkan: the case officer asks a concerned body, records its answer, or says none is needed.
                new Form<ConsultationForm>("samverkan", "consultationForm", ConsultationForm::new,
                        f -> f.setDueDate(LocalDate.now(clock).plusDays(SUGGESTED_CONSULTATION_DAYS)), (t, model) -> {
                    model.addAttribute("bodies", List.of(ConcernedBody.values()));
                    return CaseForms.page(cases, t.id(), model, "consultation");
                }, (t, f) -> cases.requestConsultation(t.id(), f.toRequest()), "banner.consultationRequested"),
                new Form<AnswerForm>("samverkan/svar", "answerForm", AnswerForm::new, nothing(), (t, model) -> {
                    consultation(t, model);
                    return "answer";
                }, (t, f) -> cases.answerConsultation(t.id(), t.item(), f.toAnswer()), "banner.consultationAnswered"),
                new Form<ReasonForm>("samverkan/avstaende", "reasonForm", ReasonForm::new, nothing(), (t, model) -> {
                    consultation(t, model);
                    model.addAttribute("reasonPage", CaseForms.ReasonPage.of("waiver", "waiver.submit",
                            "/arenden/" + t.id() + "/samverkan/" + t.item() + "/avstaende"));
                    return "reason";
                }, (t, f) -> cases.waiveConsultation(t.id(), t.item(), f.toReason()), "banner.consultationWaived"),
                // The case officer records how an OTHER follow-up of the decision ended (the services settle the rest).
                new Form<OutcomeForm>("uppfoljningar/", "outcomeForm", OutcomeForm::new, nothing(), (t, model) -> {
                    CaseForms.item(cases, t.id(), model, CaseView::followUps,
                            f -> t.item().equals(f.followUp().followUpId()), "followUp");
                    model.addAttribute("outcomes", List.of(FollowUpOutcome.values()));
                    return "outcome";
                }, (t, f) -> cases.recordFollowUpOutcome(t.id(), t.item(), f.toOutcome()), "banner.outcomeRecorded"),
                // The chair returns a proposal to preparation (återremiss).
                new Form<ReasonForm>("aterremiss", "reasonForm", ReasonForm::new, nothing(),
                        reasonPage("return", "return.submit", "aterremiss"),
                        (t, f) -> cases.returnProposal(t.id(), f.toReason()), "banner.returned"),
                // An incident the case officer finds need not be reported.
                new Form<ReasonForm>("ej-rapporteringspliktig", "reasonForm", ReasonForm::new, nothing(),
                        reasonPage("notReportable", "notReportable.submit", "ej-rapporteringspliktig"),
                        (t, f) -> cases.recordNotReportable(t.id(), f.toReason()), "banner.notReportable"));
    }

    private BiFunction<Target, Model, String> template(String template) {
        return (t, model) -> CaseForms.page(cases, t.id(), model, template);
    }

    /** A form that asks only for a reason (reason.html), posted to {@code path} under the case. */
    private BiFunction<Target, Model, String> reasonPage(String texts, String submit, String path) {
        return (t, model) -> CaseForms.reasonPage(cases, t.id(), model,
                CaseForms.ReasonPage.of(texts, submit, "/arenden/" + t.id() + "/" + path));
    }

    /** The case and the consultation request the form is about (its question is shown above the form). */
    private void consultation(Target t, Model model) {
        CaseForms.item(cases, t.id(), model, CaseView::consultations, c -> t.item().equals(c.consultationId()),
                "consultation");
    }

    /** The case's own forms, a consultation's steps and a follow-up's outcome: see {@link Form#path}. */
    @GetMapping({CASE_FORM, CONSULTATION_FORM, FOLLOW_UP_FORM})
    String form(@PathVariable String id, @PathVariable(required = false) String item,
                @PathVariable(required = false) String path, Model model) {
        return open(form(item, path), new Target(id, item), model);
    }

    private <F> String open(Form<F> form, Target target, Model model) {
        F values = form.blank().get();
        form.prefill().accept(values);
        model.addAttribute(form.name(), values);
        return form.page().apply(target, model);
    }

    @PostMapping({CASE_FORM, CONSULTATION_FORM, FOLLOW_UP_FORM})
    String send(@PathVariable String id, @PathVariable(required = false) String item,
                @PathVariable(required = false) String path, HttpServletRequest request, Model model,
                RedirectAttributes next) {
        return send(form(item, path), new Target(id, item), request, model, next);
    }

    private <F> String send(Form<F> form, Target target, HttpServletRequest request, Model model,
                            RedirectAttributes next) {
        F values = form.blank().get();
        BindingResult errors = binding.bindValid(values, form.name(), request);
        model.addAllAttributes(errors.getModel());
        return CaseForms.submit(target.id(), errors, () -> form.command().accept(target, values),
                () -> form.page().apply(target, model), form.banner(), next);
    }

    /** The row for the matched pattern: an item with a step is a consultation's, an item alone a follow-up's. */
    private Form<?> form(String item, String path) {
        return form(item == null ? path : path == null ? "uppfoljningar/" : "samverkan/" + path);
    }

    private Form<?> form(String path) {
        return forms.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new ServiceRefusal(404, "no form " + path, List.of()));
    }
}
