package se.rjh.mtp.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.web.FormSteps.Step;

/** Ärendemottagning: the registrar takes a matter in (a form sent at once). Post/redirect/get to the new case's page. */
@Controller
@RequestMapping(IntakeController.INTAKE)
class IntakeController implements FormStepHandlers {

    static final String INTAKE = "/arenden/ny";

    private final FormSteps steps;

    IntakeController(CaseGateway cases, Clock clock, FormBinding binding) {
        this.steps = new FormSteps(binding, List.of(Step.of(INTAKE, "intakeForm", IntakeForm::new,
                        (none, form, model) -> page(model), (none, form) -> cases.receive(form.toIntake()),
                        (none, id, next) -> CaseForms.done(id, "banner.received", next))
                .opening((none, model) -> {
                    IntakeForm form = new IntakeForm();
                    form.setReceivedOn(LocalDate.now(clock));
                    return form;
                })
                .formFields(form -> IntakeForm.FROM_SERVICE)));
    }

    @Override
    public FormSteps steps() {
        return steps;
    }

    private static String page(Model model) {
        model.addAttribute("caseTypes", CaseType.values());
        model.addAttribute("channels", Channel.values());
        return "intake";
    }
}
