package se.rjh.mtp.portal.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.portal.web.FormBinding;
import se.rjh.mtp.portal.web.FormStepHandlers;
import se.rjh.mtp.portal.web.FormSteps;
import se.rjh.mtp.portal.web.FormSteps.Step;

/**
 * Avveckling (the chair): reason, transition plan and date, then a page to check them, since a withdrawn device
 * leaves the public declaration for good. A review that concluded "withdraw" is named with it. Nothing to check is
 * shown without a reason and a plan; the service judges the rest when the chair confirms.
 */
@Controller
@RequestMapping(WithdrawalController.WITHDRAW)
class WithdrawalController implements FormStepHandlers {

    static final String WITHDRAW = RegisterPages.LIST + "/{id}/avveckling";

    private final RegisterGateway register;
    private final FormSteps steps;

    WithdrawalController(RegisterGateway register, Clock clock, FormBinding binding) {
        this.register = register;
        this.steps = new FormSteps(binding, List.of(Step.of(WITHDRAW, "registerWithdrawal", WithdrawalForm::new,
                        (id, form, model) -> page(id, model, "register/withdrawal"),
                        FormSteps.<WithdrawalForm>runs((id, form) -> register.withdraw(id, form.toCommand())),
                        (id, answer, next) -> RegisterPages.done(id, "register.banner.withdrawn", next))
                .opening((id, model) -> {
                    InHouseDeviceView device = register.get(id);
                    WithdrawalForm form = new WithdrawalForm();
                    form.setWithdrawnOn(LocalDate.now(clock));
                    form.setReviewId(device.withdrawalProposedByReview());
                    return form;
                })
                .rules(WithdrawalForm::checkAnswered)
                .checkPage((id, form, model) -> page(id, model, "register/withdrawal-check"))));
    }

    @Override
    public FormSteps steps() {
        return steps;
    }

    private String page(String id, Model model, String template) {
        model.addAttribute("device", register.get(id));
        return template;
    }
}
