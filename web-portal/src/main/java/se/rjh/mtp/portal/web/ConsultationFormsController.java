package se.rjh.mtp.portal.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.portal.cases.CaseGateway;

/** Samverkan: the case officer asks a concerned body, records its answer, or says no answer is needed. */
@Controller
class ConsultationFormsController {

    /** The due date the form suggests: two weeks, the usual time for a concerned body. */
    static final int SUGGESTED_DAYS = 14;

    private final CaseGateway cases;
    private final Clock clock;

    ConsultationFormsController(CaseGateway cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping("/arenden/{id}/samverkan")
    String requestForm(@PathVariable String id, Model model) {
        ConsultationForm form = new ConsultationForm();
        form.setDueDate(LocalDate.now(clock).plusDays(SUGGESTED_DAYS));
        model.addAttribute("consultationForm", form);
        return requestPage(id, model);
    }

    @PostMapping("/arenden/{id}/samverkan")
    String request(@PathVariable String id, @Valid @ModelAttribute("consultationForm") ConsultationForm form,
                   BindingResult errors, Model model, RedirectAttributes next) {
        return CaseForms.submit(id, errors, () -> cases.requestConsultation(id, form.toRequest()),
                () -> requestPage(id, model), "banner.consultationRequested", next);
    }

    private String requestPage(String id, Model model) {
        model.addAttribute("bodies", List.of(ConcernedBody.values()));
        return CaseForms.page(cases, id, model, "consultation");
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
