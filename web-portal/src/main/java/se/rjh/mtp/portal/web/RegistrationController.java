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
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.DeviceMarking;
import se.rjh.mtp.portal.cases.CaseGateway;

/**
 * Registration gives the case its diarienummer and cannot be undone, so the registrar checks the answers first:
 * form, then "kontrollera dina svar", then the command.
 */
@Controller
class RegistrationController {

    private final CaseGateway cases;

    RegistrationController(CaseGateway cases) {
        this.cases = cases;
    }

    @GetMapping("/arenden/{id}/registrering")
    String form(@PathVariable String id, Model model) {
        model.addAttribute("registrationForm", new RegistrationForm());
        return page(id, model);
    }

    @PostMapping("/arenden/{id}/registrering")
    String check(@PathVariable String id, @Valid @ModelAttribute("registrationForm") RegistrationForm form,
                 BindingResult errors, Model model) {
        form.checkDevice(errors);
        String page = page(id, model);
        return CheckedForm.check(errors, () -> page, () -> "registration-check");
    }

    /** Back from the check page to the form, with the answers as they were. */
    @PostMapping("/arenden/{id}/registrering/andra")
    String change(@PathVariable String id, @ModelAttribute("registrationForm") RegistrationForm form, Model model) {
        return page(id, model);
    }

    @PostMapping("/arenden/{id}/registrering/bekrafta")
    String register(@PathVariable String id, @Valid @ModelAttribute("registrationForm") RegistrationForm form,
                    BindingResult errors, Model model, RedirectAttributes next) {
        form.checkDevice(errors);
        return CheckedForm.confirm(errors, () -> cases.register(id, form.toRegistration()),
                RegistrationForm.FROM_SERVICE, () -> page(id, model), caseNumber -> {
                    next.addFlashAttribute("bannerArgument", caseNumber);
                    return CaseForms.done(id, "banner.registered", next);
                });
    }

    private String page(String id, Model model) {
        model.addAttribute("case", cases.get(id));
        model.addAttribute("deviceClasses", DeviceClass.values());
        model.addAttribute("deviceMarkings", DeviceMarking.values());
        return "registration";
    }
}
