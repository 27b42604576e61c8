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

/** Beredning begins: a case officer takes a registered case (the one signed in, unless they name another). */
@Controller
class PreparationController {

    private final CaseGateway cases;

    PreparationController(CaseGateway cases) {
        this.cases = cases;
    }

    @GetMapping("/arenden/{id}/beredning")
    String form(@PathVariable String id, @ModelAttribute("user") SignedInUser user, Model model) {
        PreparationForm form = new PreparationForm();
        form.setCaseOfficer(user.name());
        model.addAttribute("preparationForm", form);
        return page(id, model);
    }

    @PostMapping("/arenden/{id}/beredning")
    String start(@PathVariable String id, @Valid @ModelAttribute("preparationForm") PreparationForm form,
                 BindingResult errors, Model model, RedirectAttributes next) {
        return CaseForms.submit(id, errors, () -> cases.startPreparation(id, form.getCaseOfficer().strip()),
                () -> page(id, model), "banner.preparationStarted", next);
    }

    private String page(String id, Model model) {
        return CaseForms.page(cases, id, model, "preparation");
    }
}
