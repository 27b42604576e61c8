package se.rjh.mtp.portal.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.portal.cases.CaseGateway;

/** Ärendemottagning: the registrar takes a matter in. Post/redirect/get to the new case's page. */
@Controller
class IntakeController {

    private final CaseGateway cases;
    private final Clock clock;

    IntakeController(CaseGateway cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping("/arenden/ny")
    String form(Model model) {
        IntakeForm form = new IntakeForm();
        form.setReceivedOn(LocalDate.now(clock));
        model.addAttribute("intakeForm", form);
        return page(model);
    }

    @PostMapping("/arenden/ny")
    String receive(@Valid @ModelAttribute("intakeForm") IntakeForm form, BindingResult errors, Model model,
                   RedirectAttributes next) {
        if (errors.hasErrors()) {
            return page(model);
        }
        String id = ServiceFieldErrors.attempt(() -> cases.receive(form.toIntake()), errors, IntakeForm.FROM_SERVICE);
        if (id == null) {
            return page(model);
        }
        next.addFlashAttribute("banner", "banner.received");
        return "redirect:/arenden/" + id;
    }

    private static String page(Model model) {
        model.addAttribute("caseTypes", CaseType.values());
        model.addAttribute("channels", Channel.values());
        return "intake";
    }
}
