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
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.portal.cases.CaseGateway;

/**
 * Samverkan: the case officer records a concerned body's answer, or says no answer is needed (the request itself is a
 * row of {@link CaseFormsController}).
 */
@Controller
class ConsultationFormsController {

    private final CaseGateway cases;

    ConsultationFormsController(CaseGateway cases) {
        this.cases = cases;
    }

    @GetMapping("/arenden/{id}/samverkan/{consultationId}/svar")
    String answerForm(@PathVariable String id, @PathVariable String consultationId, Model model) {
        model.addAttribute("answerForm", new AnswerForm());
        return answerPage(id, consultationId, model);
    }

    @PostMapping("/arenden/{id}/samverkan/{consultationId}/svar")
    String answer(@PathVariable String id, @PathVariable String consultationId,
                  @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult errors, Model model,
                  RedirectAttributes next) {
        return CaseForms.submit(id, errors, () -> cases.answerConsultation(id, consultationId, form.toAnswer()),
                () -> answerPage(id, consultationId, model), "banner.consultationAnswered", next);
    }

    private String answerPage(String id, String consultationId, Model model) {
        consultation(id, consultationId, model);
        return "answer";
    }

    @GetMapping("/arenden/{id}/samverkan/{consultationId}/avstaende")
    String waiverForm(@PathVariable String id, @PathVariable String consultationId, Model model) {
        model.addAttribute("reasonForm", new ReasonForm());
        return waiverPage(id, consultationId, model);
    }

    @PostMapping("/arenden/{id}/samverkan/{consultationId}/avstaende")
    String waive(@PathVariable String id, @PathVariable String consultationId,
                 @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors, Model model,
                 RedirectAttributes next) {
        return CaseForms.submit(id, errors, () -> cases.waiveConsultation(id, consultationId, form.toReason()),
                () -> waiverPage(id, consultationId, model), "banner.consultationWaived", next);
    }

    private String waiverPage(String id, String consultationId, Model model) {
        consultation(id, consultationId, model);
        model.addAttribute("reasonPage", CaseForms.ReasonPage.of("waiver", "waiver.submit",
                "/arenden/" + id + "/samverkan/" + consultationId + "/avstaende"));
        return "reason";
    }

    /** The case and the request the form is about (its question is shown above the form). */
    private void consultation(String id, String consultationId, Model model) {
        CaseForms.item(cases, id, model, CaseView::consultations, c -> consultationId.equals(c.consultationId()),
                "consultation");
    }
}
