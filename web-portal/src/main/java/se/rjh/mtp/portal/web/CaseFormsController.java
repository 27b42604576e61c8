package se.rjh.mtp.portal.web;

import static se.rjh.mtp.portal.web.FormField.radios;
import static se.rjh.mtp.portal.web.FormField.select;
import static se.rjh.mtp.portal.web.FormField.text;
import static se.rjh.mtp.portal.web.FormField.textarea;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
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
    /** What a consultation's forms show above their fields: the request (fragments/forms). */
    private static final String CONSULTATION_ASKED = "consultationAsked";

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

        /** A form's path (see {@link Form#path}) for this target: an item's id follows its first segment. */
        String path(String formPath) {
            return item == null ? formPath : formPath.replaceFirst("/", "/" + item + "/").replaceFirst("/$", "");
        }
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
     * @param page    the form's page for the case: its model attributes besides the form, and its view
     * @param command the command, sent when the form is valid
     * @param banner  the message key of the banner the case page shows after it
     */
    private record Form<F>(String path, String name, Supplier<F> blank, Consumer<F> prefill,
                           Page page, BiConsumer<Target, F> command, String banner) {
    }

    /** A form's page for the case (its model attributes besides the form), by the form's row: its view's name. */
    private interface Page {
        String show(Form<?> form, Target target, Model model);
    }

    private static <F> Consumer<F> nothing() {
        return form -> { };
    }

    private List<Form<?>> forms() {
        return List.of(
                // What the case officer records while preparing: notes, document references, the risk assessment.
                new Form<NoteForm>("anteckning", "noteForm", NoteForm::new, nothing(),
                        fields("note", textarea("text", "note.text").hinted()),
                        (t, f) -> cases.addNote(t.id(), f.toNote()), "banner.noteAdded"),
                new Form<DocumentForm>("dokument", "documentForm", DocumentForm::new, nothing(), fields("document",
                        text("name", "document.name").hinted(),
                        text("checksum", "document.checksum").hinted(),
                        text("sizeBytes", "document.sizeBytes").width("govuk-input--width-10")),
                        (t, f) -> cases.referenceDocument(t.id(), f.toDocument()), "banner.documentReferenced"),
                new Form<RiskForm>("risk", "riskForm", RiskForm::new, nothing(), fields("risk",
                        radios("severity", "risk.severity", RiskForm.SCALE, "riskScale"),
                        radios("probability", "risk.probability", RiskForm.SCALE, "riskScale"),
                        textarea("comment", "risk.comment").optional()),
                        (t, f) -> cases.assessRisk(t.id(), f.toRisk()), "banner.riskAssessed"),
                // Samverkan: the case officer asks a concerned body, records its answer, or says none is needed.
                new Form<ConsultationForm>("samverkan", "consultationForm", ConsultationForm::new,
                        f -> f.setDueDate(LocalDate.now(clock).plusDays(SUGGESTED_CONSULTATION_DAYS)),
                        fields("consultation",
                                select("body", "consultation.body", List.of(ConcernedBody.values()), "concernedBody"),
                                textarea("question", "consultation.question").hinted(),
                                CaseForms.date("dueDate", "consultation.dueDate")),
                        (t, f) -> cases.requestConsultation(t.id(), f.toRequest()), "banner.consultationRequested"),
                new Form<AnswerForm>("samverkan/svar", "answerForm", AnswerForm::new, nothing(),
                        (form, t, model) -> {
                            consultation(t, model);
                            return CaseForms.formPage(model, page(form, t, "answer",
                                    textarea("answer", "answer.answer").hinted()).above(CONSULTATION_ASKED)
                                    .orElse(CaseForms.casePath(t.id()) + "/" + t.path("samverkan/avstaende"),
                                            "answer.waive"));
                        }, (t, f) -> cases.answerConsultation(t.id(), t.item(), f.toAnswer()),
                        "banner.consultationAnswered"),
                new Form<ReasonForm>("samverkan/avstaende", "reasonForm", ReasonForm::new, nothing(),
                        (form, t, model) -> {
                            consultation(t, model);
                            return CaseForms.formPage(model, page(form, t, "waiver", CaseForms.reason("waiver"))
                                    .above(CONSULTATION_ASKED));
                        }, (t, f) -> cases.waiveConsultation(t.id(), t.item(), f.toReason()),
                        "banner.consultationWaived"),
                // The case officer records how an OTHER follow-up of the decision ended (the services settle the rest).
                new Form<OutcomeForm>("uppfoljningar/", "outcomeForm", OutcomeForm::new, nothing(),
                        (form, t, model) -> {
                            CaseForms.item(cases, t.id(), model, CaseView::followUps,
                                    f -> t.item().equals(f.followUp().followUpId()), "followUp");
                            return CaseForms.formPage(model, page(form, t, "outcome",
                                    radios("outcome", "outcome.outcome", List.of(FollowUpOutcome.values()),
                                            "followUpOutcome"),
                                    textarea("reason", "outcome.reason").hinted().optional()).above("followUpAsked"));
                        }, (t, f) -> cases.recordFollowUpOutcome(t.id(), t.item(), f.toOutcome()),
                        "banner.outcomeRecorded"),
                // The chair returns a proposal to preparation (återremiss).
                new Form<ReasonForm>("aterremiss", "reasonForm", ReasonForm::new, nothing(),
                        fields("return", CaseForms.reason("return")),
                        (t, f) -> cases.returnProposal(t.id(), f.toReason()), "banner.returned"),
                // An incident the case officer finds need not be reported.
                new Form<ReasonForm>("ej-rapporteringspliktig", "reasonForm", ReasonForm::new, nothing(),
                        fields("notReportable", CaseForms.reason("notReportable")),
                        (t, f) -> cases.recordNotReportable(t.id(), f.toReason()), "banner.notReportable"));
    }

    /** A form about the case that is only its fields, with the case beside it: see {@link CaseForms#form}. */
    private Page fields(String texts, FormField... fields) {
        return (form, t, model) -> CaseForms.page(cases, t.id(), model, page(form, t, texts, fields));
    }

    /** The form's page, posting to the form's path for its target. */
    private static FormPage page(Form<?> form, Target t, String texts, FormField... fields) {
        return CaseForms.form(t.id(), t.path(form.path()), form.name(), texts, fields);
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
        return form.page().show(form, target, model);
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
                () -> form.page().show(form, target, model), form.banner(), next);
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
