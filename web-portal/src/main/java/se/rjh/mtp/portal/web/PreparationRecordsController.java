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

/** What the case officer records while preparing: notes, document references and the risk assessment. */
@Controller
class PreparationRecordsController {

    private final CaseGateway cases;

    PreparationRecordsController(CaseGateway cases) {
        this.cases = cases;
    }

    @GetMapping("/arenden/{id}/anteckning")
    String noteForm(@PathVariable String id, Model model) {
        model.addAttribute("noteForm", new NoteForm());
        return CaseForms.page(cases, id, model, "note");
    }

    @PostMapping("/arenden/{id}/anteckning")
    String addNote(@PathVariable String id, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors,
                   Model model, RedirectAttributes next) {
        return CaseForms.submit(id, errors, () -> cases.addNote(id, form.toNote()),
                () -> CaseForms.page(cases, id, model, "note"), "banner.noteAdded", next);
    }

    @GetMapping("/arenden/{id}/dokument")
    String documentForm(@PathVariable String id, Model model) {
        model.addAttribute("documentForm", new DocumentForm());
        return CaseForms.page(cases, id, model, "document");
    }

    @PostMapping("/arenden/{id}/dokument")
    String referenceDocument(@PathVariable String id, @Valid @ModelAttribute("documentForm") DocumentForm form,
                             BindingResult errors, Model model, RedirectAttributes next) {
        return CaseForms.submit(id, errors, () -> cases.referenceDocument(id, form.toDocument()),
                () -> CaseForms.page(cases, id, model, "document"), "banner.documentReferenced", next);
    }

    @GetMapping("/arenden/{id}/risk")
    String riskForm(@PathVariable String id, Model model) {
        model.addAttribute("riskForm", new RiskForm());
        return riskPage(id, model);
    }

    @PostMapping("/arenden/{id}/risk")
    String assessRisk(@PathVariable String id, @Valid @ModelAttribute("riskForm") RiskForm form, BindingResult errors,
                      Model model, RedirectAttributes next) {
        return CaseForms.submit(id, errors, () -> cases.assessRisk(id, form.toRisk()),
                () -> riskPage(id, model), "banner.riskAssessed", next);
    }

    private String riskPage(String id, Model model) {
        model.addAttribute("scale", RiskForm.SCALE);
        return CaseForms.page(cases, id, model, "risk");
    }
}
