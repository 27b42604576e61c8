package se.rjh.mtp.portal.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.DeviceMarking;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.InHouseRegulation;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.FollowUpView;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.FormSteps.Step;

/**
 * The case's forms with rules of their own, each a row of {@link #rows()} served by {@link FormStepHandlers} (mapped
 * literally, which Spring MVC prefers to {@link CaseFormsController}'s path variables):
 * <ul>
 *     <li>the steps that cannot be undone, each checked on a page first: registration (it gives the case its
 *     diarienummer), the chair's decision (beside the proposal), closing a decided case, voiding a case
 *     (makulering);</li>
 *     <li>beredning begins (the signed-in case officer, unless they name another); förslag till beslut, whose missing
 *     preparation comes from the service (one rule, one place) as the form's error summary;</li>
 *     <li>the case type's own data: an incident's dates and lex Maria, the MDR 5(5) checklist of in-house
 *     manufacturing, and MTP-rådet's recommendation (which type takes which is the service's rule).</li>
 * </ul>
 */
@Controller
@RequestMapping({CaseStepsController.REGISTRATION, CaseStepsController.DECISION, CaseStepsController.CLOSURE,
        CaseStepsController.VOIDING, CaseStepsController.PREPARATION, CaseStepsController.PROPOSAL,
        CaseStepsController.INCIDENT, CaseStepsController.IN_HOUSE, CaseStepsController.RECOMMENDATION})
class CaseStepsController implements FormStepHandlers {

    static final String REGISTRATION = "/arenden/{id}/registrering";
    static final String DECISION = "/arenden/{id}/beslut";
    static final String CLOSURE = "/arenden/{id}/avslut";
    static final String VOIDING = "/arenden/{id}/makulering";
    static final String PREPARATION = "/arenden/{id}/beredning";
    static final String PROPOSAL = "/arenden/{id}/forslag";
    static final String INCIDENT = "/arenden/{id}/handelse";
    static final String IN_HOUSE = "/arenden/{id}/villkor";
    static final String RECOMMENDATION = "/arenden/{id}/rekommendation";

    /** The service's checklist item about consultations, answered on the proposal by saying why none was needed. */
    static final String NO_CONSULTATION = "consultations:";

    private final CaseGateway cases;
    private final FormSteps steps;

    CaseStepsController(CaseGateway cases, FormBinding binding) {
        this.cases = cases;
        this.steps = new FormSteps(binding, rows());
    }

    private List<Step<?, ?>> rows() {
        return List.of(
                Step.of(REGISTRATION, "registrationForm", RegistrationForm::new, this::registrationPage,
                                (id, f) -> cases.register(id, f.toRegistration()), (id, caseNumber, next) -> {
                                    next.addFlashAttribute("bannerArgument", caseNumber);
                                    return CaseForms.done(id, "banner.registered", next);
                                })
                        .rules(RegistrationForm::checkDevice).formFields(f -> RegistrationForm.FROM_SERVICE)
                        .checkPage((id, f, model) -> {
                            registrationPage(id, f, model);
                            return "registration-check";
                        }),
                Step.of(DECISION, "decisionForm", DecisionForm::new, this::decisionPage,
                                FormSteps.<DecisionForm>runs((id, f) -> cases.decide(id, f.toDecision())),
                                done("banner.decided"))
                        .opening((id, model) -> {
                            DecisionForm form = new DecisionForm();
                            form.setDecidedBy(DecisionBody.LSG);
                            return form;
                        })
                        .rules(DecisionForm::checkFollowUps).formFields(DecisionForm::serviceFields)
                        .checkPage((id, f, model) -> CaseForms.page(cases, id, model, "decision-check")),
                Step.of(CLOSURE, "closureForm", ClosureForm::new, (id, f, model) -> closurePage(id, model),
                                FormSteps.<ClosureForm>runs((id, f) -> cases.close(id, f.toClosure())),
                                done("banner.closed"))
                        .checkPage(answers("closure", CLOSURE, CaseStepsController::closureRows))
                        .refusals(CaseStepsController::openFollowUps),
                Step.of(VOIDING, "reasonForm", ReasonForm::new, (id, f, model) -> voidingPage(id, model),
                                FormSteps.<ReasonForm>runs((id, f) -> cases.voidCase(id, f.toReason())),
                                done("banner.voided"))
                        .checkPage(answers("voiding", VOIDING, f -> List.of(
                                new CaseForms.CheckPage.Row("reason", "voiding.reason", f.getReason())))),
                Step.of(PREPARATION, "preparationForm", PreparationForm::new, template("preparation"),
                                FormSteps.<PreparationForm>runs((id, f) ->
                                        cases.startPreparation(id, f.getCaseOfficer().strip())),
                                done("banner.preparationStarted"))
                        .opening((id, model) -> {
                            PreparationForm form = new PreparationForm();
                            form.setCaseOfficer(((SignedInUser) model.getAttribute("user")).name());
                            return form;
                        }),
                Step.of(PROPOSAL, "proposalForm", ProposalForm::new, template("proposal"),
                                FormSteps.<ProposalForm>runs((id, f) -> cases.propose(id, f.toProposal())),
                                done("banner.proposed"))
                        .refusals(CaseStepsController::missingPreparation),
                Step.of(INCIDENT, "incidentForm", IncidentForm::new, template("incident"),
                                FormSteps.<IncidentForm>runs((id, f) -> cases.recordIncidentDetails(id, f.toDetails())),
                                done("banner.incidentRecorded"))
                        .opening((id, model) -> IncidentForm.of(cases.get(id).incidentDetails())),
                Step.of(IN_HOUSE, "inHouseForm", InHouseForm::new, template("in-house"),
                                FormSteps.<InHouseForm>runs((id, f) -> cases.recordInHouseConditions(id,
                                        f.toConditions())),
                                done("banner.inHouseRecorded"))
                        .opening((id, model) -> {
                            CaseView view = cases.get(id);
                            return InHouseForm.of(view.inHouseConditions(), InHouseRegulation.of(view.device()));
                        })
                        .formFields(InHouseForm::serviceFields),
                Step.of(RECOMMENDATION, "recommendationForm", RecommendationForm::new, template("recommendation"),
                                FormSteps.<RecommendationForm>runs((id, f) ->
                                        cases.recordNationalRecommendation(id, f.toRecommendation())),
                                done("banner.recommendationRecorded"))
                        .opening((id, model) -> RecommendationForm.of(cases.get(id).nationalRecommendation()))
                        .rules(RecommendationForm::checkChoice));
    }

    @Override
    public FormSteps steps() {
        return steps;
    }

    /** Back to the case page with the banner. */
    private static <T> FormSteps.Done<T> done(String banner) {
        return (id, answer, next) -> CaseForms.done(id, banner, next);
    }

    /**
     * The check-your-answers page (check.html, texts {@code <texts>.check.*}) of the step at {@code path}: it
     * confirms to the path's {@value FormSteps#CONFIRM} and goes back to change the answers through its
     * {@value FormSteps#CHANGE}.
     */
    private <F> FormSteps.Page<F> answers(String texts, String path,
                                          Function<F, List<CaseForms.CheckPage.Row>> rows) {
        return (id, f, model) -> {
            String action = UriComponentsBuilder.fromPath(path).buildAndExpand(id).toUriString();
            model.addAttribute("check", new CaseForms.CheckPage(texts + ".check.title", texts + ".check.lead",
                    texts + ".check.submit", action + FormSteps.CONFIRM, action + FormSteps.CHANGE, rows.apply(f)));
            return CaseForms.page(cases, id, model, "check");
        };
    }

    /** A form whose page is the case beside it. */
    private <F> FormSteps.Page<F> template(String template) {
        return (id, f, model) -> CaseForms.page(cases, id, model, template);
    }

    private String registrationPage(String id, RegistrationForm form, Model model) {
        model.addAttribute("case", cases.get(id));
        model.addAttribute("deviceClasses", DeviceClass.values());
        model.addAttribute("deviceMarkings", DeviceMarking.values());
        return "registration";
    }

    /** The decision's follow-ups, one more row at a time, so it works without JavaScript. */
    private String decisionPage(String id, DecisionForm form, Model model) {
        form.withEmptyRow();
        model.addAttribute("case", cases.get(id));
        model.addAttribute("bodies", DecisionBody.values());
        model.addAttribute("followUpKinds", FollowUpKind.values());
        return "decision";
    }

    private String closurePage(String id, Model model) {
        CaseView view = cases.get(id);
        model.addAttribute("case", view);
        model.addAttribute("openFollowUps", view.followUps() == null ? List.of() : view.followUps().stream()
                .filter(f -> f.state() == FollowUpView.State.OPEN).toList());
        return "closure";
    }

    /** The note, and the reason to close anyway only when one was given (most cases have no open follow-ups). */
    private static List<CaseForms.CheckPage.Row> closureRows(ClosureForm form) {
        CaseForms.CheckPage.Row note = new CaseForms.CheckPage.Row("note", "closure.note", form.getNote());
        String reason = form.getOpenFollowUpsReason();
        return reason == null || reason.isBlank() ? List.of(note) : List.of(note,
                new CaseForms.CheckPage.Row("openFollowUpsReason", "closure.openFollowUpsReason", reason));
    }

    /** The follow-ups still open are listed on the form beside the field that lets the chair close anyway. */
    private static boolean openFollowUps(ServiceRefusal refusal, ClosureForm form, Errors errors) {
        if (refusal.status() != 409 || refusal.openFollowUps().isEmpty()) {
            return false;
        }
        errors.rejectValue("openFollowUpsReason", "closure.openFollowUps.required");
        return true;
    }

    /** What the preparation still lacks, each item in its own line of the error summary. */
    private static boolean missingPreparation(ServiceRefusal refusal, ProposalForm form, Errors errors) {
        if (refusal.status() != 409 || refusal.missing().isEmpty()) {
            return false;
        }
        for (String item : refusal.missing()) {
            if (item.startsWith(NO_CONSULTATION)) {
                errors.rejectValue("noConsultationReason", "proposal.missing.consultation");
            } else {
                errors.reject("proposal.missing.item", new Object[] {item}, item);
            }
        }
        return true;
    }

    private String voidingPage(String id, Model model) {
        return CaseForms.reasonPage(cases, id, model,
                CaseForms.ReasonPage.of("voiding", "common.continue", "/arenden/" + id + "/makulering"));
    }
}
