package se.rjh.mtp.portal.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.portal.cases.CaseGateway;

/**
 * The chair decides: form (the decision and its follow-ups, one more row at a time, so it works without JavaScript),
 * "kontrollera beslutet" beside the proposal, then the command.
 */
@Controller
class DecisionController {

    private final CaseGateway cases;

    DecisionController(CaseGateway cases) {
        this.cases = cases;
    }

    @GetMapping("/arenden/{id}/beslut")
    String form(@PathVariable String id, Model model) {
        DecisionForm form = new DecisionForm();
        form.setDecidedBy(DecisionBody.LSG);
        model.addAttribute("decisionForm", form);
        return page(id, form, model);
    }

    @PostMapping("/arenden/{id}/beslut")
    String check(@PathVariable String id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
                 BindingResult errors, Model model) {
        form.checkFollowUps(errors);
        return CheckedForm.check(errors, () -> page(id, form, model),
                () -> CaseForms.page(cases, id, model, "decision-check"));
    }

    /** Back from the check page to the form with the answers as they were, or the form again with one more row. */
    @PostMapping("/arenden/{id}/beslut/andra")
    String change(@PathVariable String id, @ModelAttribute("decisionForm") DecisionForm form, Model model) {
        return page(id, form, model);
    }

    @PostMapping("/arenden/{id}/beslut/bekrafta")
    String decide(@PathVariable String id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
                  BindingResult errors, Model model, RedirectAttributes next) {
        form.checkFollowUps(errors);
        return CaseForms.submit(id, errors, () -> cases.decide(id, form.toDecision()), form.serviceFields(),
                () -> page(id, form, model), "banner.decided", next);
    }

    private String page(String id, DecisionForm form, Model model) {
        form.withEmptyRow();
        model.addAttribute("case", cases.get(id));
        model.addAttribute("bodies", DecisionBody.values());
        model.addAttribute("followUpKinds", FollowUpKind.values());
        return "decision";
    }
}
