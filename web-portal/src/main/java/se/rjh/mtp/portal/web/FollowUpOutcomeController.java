package se.rjh.mtp.portal.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.portal.cases.CaseGateway;

/** The case officer records how an OTHER follow-up of the decision ended (the services settle the other kinds). */
@Controller
class FollowUpOutcomeController {

    private final CaseGateway cases;

    FollowUpOutcomeController(CaseGateway cases) {
        this.cases = cases;
    }

    @GetMapping("/arenden/{id}/uppfoljningar/{followUpId}")
    String form(@PathVariable String id, @PathVariable String followUpId, Model model) {
        model.addAttribute("outcomeForm", new OutcomeForm());
        return page(id, followUpId, model);
    }

    @PostMapping("/arenden/{id}/uppfoljningar/{followUpId}")
    String record(@PathVariable String id, @PathVariable String followUpId,
                  @Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors, Model model,
                  RedirectAttributes next) {
        return CaseForms.submit(id, errors, () -> cases.recordFollowUpOutcome(id, followUpId, form.toOutcome()),
                () -> page(id, followUpId, model), "banner.outcomeRecorded", next);
    }

    private String page(String id, String followUpId, Model model) {
        CaseForms.item(cases, id, model, CaseView::followUps, f -> followUpId.equals(f.followUp().followUpId()),
                "followUp");
        model.addAttribute("outcomes", List.of(FollowUpOutcome.values()));
        return "outcome";
    }
}
