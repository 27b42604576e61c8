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
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.FollowUpView;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * The chair's steps after a proposal that cannot be undone: close a decided case, void a case (makulering); each goes
 * through a check-your-answers page first. Returning it to preparation (återremiss) is a row of
 * {@link CaseFormsController}.
 */
@Controller
class ClosingController {

    private final CaseGateway cases;

    ClosingController(CaseGateway cases) {
        this.cases = cases;
    }

    @GetMapping("/arenden/{id}/avslut")
    String closureForm(@PathVariable String id, Model model) {
        model.addAttribute("closureForm", new ClosureForm());
        return closurePage(id, model);
    }

    @PostMapping("/arenden/{id}/avslut")
    String checkClosure(@PathVariable String id, @Valid @ModelAttribute("closureForm") ClosureForm form,
                        BindingResult errors, Model model) {
        return CaseForms.check(cases, id, errors, model, () -> closurePage(id, model), "closure",
                "/arenden/" + id + "/avslut", closureRows(form));
    }

    /** The note, and the reason to close anyway only when one was given (most cases have no open follow-ups). */
    private static List<CaseForms.CheckPage.Row> closureRows(ClosureForm form) {
        CaseForms.CheckPage.Row note = new CaseForms.CheckPage.Row("note", "closure.note", form.getNote());
        String reason = form.getOpenFollowUpsReason();
        return reason == null || reason.isBlank() ? List.of(note) : List.of(note,
                new CaseForms.CheckPage.Row("openFollowUpsReason", "closure.openFollowUpsReason", reason));
    }

    @PostMapping("/arenden/{id}/avslut/andra")
    String changeClosure(@PathVariable String id, @ModelAttribute("closureForm") ClosureForm form, Model model) {
        return closurePage(id, model);
    }

    @PostMapping("/arenden/{id}/avslut/bekrafta")
    String close(@PathVariable String id, @Valid @ModelAttribute("closureForm") ClosureForm form,
                 BindingResult errors, Model model, RedirectAttributes next) {
        try {
            return CaseForms.submit(id, errors, () -> cases.close(id, form.toClosure()), () -> closurePage(id, model),
                    "banner.closed", next);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 409 || refusal.openFollowUps().isEmpty()) {
                throw refusal;
            }
            // The follow-ups still open are listed on the form beside the field that lets the chair close anyway.
            errors.rejectValue("openFollowUpsReason", "closure.openFollowUps.required");
            return closurePage(id, model);
        }
    }

    private String closurePage(String id, Model model) {
        CaseView view = cases.get(id);
        model.addAttribute("case", view);
        model.addAttribute("openFollowUps", view.followUps() == null ? List.of() : view.followUps().stream()
                .filter(f -> f.state() == FollowUpView.State.OPEN).toList());
        return "closure";
    }

    @GetMapping("/arenden/{id}/makulering")
    String voidingForm(@PathVariable String id, Model model) {
        model.addAttribute("reasonForm", new ReasonForm());
        return voidingPage(id, model);
    }

    @PostMapping("/arenden/{id}/makulering")
    String checkVoiding(@PathVariable String id, @Valid @ModelAttribute("reasonForm") ReasonForm form,
                        BindingResult errors, Model model) {
        return CaseForms.check(cases, id, errors, model, () -> voidingPage(id, model), "voiding",
                "/arenden/" + id + "/makulering",
                List.of(new CaseForms.CheckPage.Row("reason", "voiding.reason", form.getReason())));
    }

    @PostMapping("/arenden/{id}/makulering/andra")
    String changeVoiding(@PathVariable String id, @ModelAttribute("reasonForm") ReasonForm form, Model model) {
        return voidingPage(id, model);
    }

    @PostMapping("/arenden/{id}/makulering/bekrafta")
    String voidCase(@PathVariable String id, @Valid @ModelAttribute("reasonForm") ReasonForm form,
                    BindingResult errors, Model model, RedirectAttributes next) {
        return CaseForms.submit(id, errors, () -> cases.voidCase(id, form.toReason()),
                () -> voidingPage(id, model), "banner.voided", next);
    }

    private String voidingPage(String id, Model model) {
        return CaseForms.reasonPage(cases, id, model,
                CaseForms.ReasonPage.of("voiding", "common.continue", "/arenden/" + id + "/makulering"));
    }
}
