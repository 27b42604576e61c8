package se.rjh.mtp.portal.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.portal.web.CheckedForm;

/**
 * Avveckling (the chair): reason, transition plan and date, then a page to check them, since a withdrawn device
 * leaves the public declaration for good. A review that concluded "withdraw" is named with it.
 */
@Controller
class WithdrawalController {

    private static final String WITHDRAW = RegisterPages.LIST + "/{id}/avveckling";

    private final RegisterGateway register;
    private final Clock clock;

    WithdrawalController(RegisterGateway register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping(WITHDRAW)
    String form(@PathVariable String id, Model model) {
        InHouseDeviceView device = register.get(id);
        WithdrawalForm form = new WithdrawalForm();
        form.setWithdrawnOn(LocalDate.now(clock));
        form.setReviewId(device.withdrawalProposedByReview());
        model.addAttribute("device", device);
        model.addAttribute("registerWithdrawal", form);
        return "register/withdrawal";
    }

    /**
     * The answers to check ("Ändra" posts them back to the form). Nothing to check is shown without a reason and a
     * plan; the service judges the rest when the chair confirms.
     */
    @PostMapping(WITHDRAW)
    String check(@PathVariable String id, @ModelAttribute("registerWithdrawal") WithdrawalForm form,
                 BindingResult errors, Model model) {
        model.addAttribute("device", register.get(id));
        if (Texts.orNull(form.getReason()) == null) {
            errors.rejectValue("reason", "register.withdrawal.reason.required");
        }
        if (Texts.orNull(form.getTransitionPlan()) == null) {
            errors.rejectValue("transitionPlan", "register.withdrawal.transitionPlan.required");
        }
        return CheckedForm.check(errors, () -> "register/withdrawal", () -> "register/withdrawal-check");
    }

    @PostMapping(WITHDRAW + "/andra")
    String change(@PathVariable String id, @ModelAttribute("registerWithdrawal") WithdrawalForm form, Model model) {
        model.addAttribute("device", register.get(id));
        return "register/withdrawal";
    }

    @PostMapping(WITHDRAW + "/bekrafta")
    String withdraw(@PathVariable String id, @ModelAttribute("registerWithdrawal") WithdrawalForm form,
                    BindingResult errors, Model model, RedirectAttributes next) {
        return CheckedForm.confirm(errors, () -> register.withdraw(id, form.toCommand()), Map.of(), () -> {
            model.addAttribute("device", register.get(id));
            return "register/withdrawal";
        }, () -> RegisterPages.done(id, "register.banner.withdrawn", next));
    }
}
