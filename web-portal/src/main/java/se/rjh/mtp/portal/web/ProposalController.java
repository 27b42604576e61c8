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
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * Förslag till beslut: the case officer proposes. What the preparation still lacks comes from the service (one rule,
 * one place) and is shown as the form's error summary, each item in its own line.
 */
@Controller
class ProposalController {

    /** The service's checklist item about consultations, answered on this form by saying why none was needed. */
    static final String NO_CONSULTATION = "consultations:";

    private final CaseGateway cases;

    ProposalController(CaseGateway cases) {
        this.cases = cases;
    }

    @GetMapping("/arenden/{id}/forslag")
    String form(@PathVariable String id, Model model) {
        model.addAttribute("proposalForm", new ProposalForm());
        return page(id, model);
    }

    @PostMapping("/arenden/{id}/forslag")
    String propose(@PathVariable String id, @Valid @ModelAttribute("proposalForm") ProposalForm form,
                   BindingResult errors, Model model, RedirectAttributes next) {
        try {
            return CaseForms.submit(id, errors, () -> cases.propose(id, form.toProposal()), () -> page(id, model),
                    "banner.proposed", next);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 409 || refusal.missing().isEmpty()) {
                throw refusal;
            }
            for (String item : refusal.missing()) {
                if (item.startsWith(NO_CONSULTATION)) {
                    errors.rejectValue("noConsultationReason", "proposal.missing.consultation");
                } else {
                    errors.reject("proposal.missing.item", new Object[] {item}, item);
                }
            }
            return page(id, model);
        }
    }

    private String page(String id, Model model) {
        return CaseForms.page(cases, id, model, "proposal");
    }
}
