package se.rjh.mtp.portal.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.api.devices.view.RegisterRules;
import se.rjh.mtp.portal.web.ServiceFieldErrors;

/**
 * The register's forms that record something on a device: its details, the market search, the GSPR checklist, the
 * information to IVO, and taking it into use. Each is filled in with what is recorded; the service's refusals come
 * back at the fields; done, the device's page says so in a banner. A change note is asked for once the device is
 * released, since a change then makes a new version.
 */
@Controller
class DeviceFormsController {

    private static final String DEVICE = RegisterPages.LIST + "/{id}";

    private final RegisterGateway register;
    private final Clock clock;

    DeviceFormsController(RegisterGateway register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping(DEVICE + "/uppgifter")
    String descriptionForm(@PathVariable String id, Model model) {
        return open(id, model, "registerDescription", DescriptionForm::of, "register/description");
    }

    @PostMapping(DEVICE + "/uppgifter")
    String describe(@PathVariable String id, @ModelAttribute("registerDescription") DescriptionForm form,
                    BindingResult errors, Model model, RedirectAttributes next) {
        return submit(id, errors, () -> register.describe(id, form.toCommand()), Map.of(), model,
                "register/description", "register.banner.described", next);
    }

    @GetMapping(DEVICE + "/marknadssokning")
    String marketSearchForm(@PathVariable String id, Model model) {
        return open(id, model, "registerMarketSearch", device -> MarketSearchForm.of(device, LocalDate.now(clock)),
                "register/market-search");
    }

    @PostMapping(DEVICE + "/marknadssokning")
    String recordMarketSearch(@PathVariable String id, @ModelAttribute("registerMarketSearch") MarketSearchForm form,
                              BindingResult errors, Model model, RedirectAttributes next) {
        return submit(id, errors, () -> register.recordMarketSearch(id, form.toCommand()), Map.of(), model,
                "register/market-search", "register.banner.marketSearch", next);
    }

    @GetMapping(DEVICE + "/gspr")
    String gsprForm(@PathVariable String id, Model model) {
        return open(id, model, "registerGspr",
                device -> GsprForm.of(requirements(device, register.rules()), device.gspr()), "register/gspr");
    }

    @PostMapping(DEVICE + "/gspr")
    String recordGspr(@PathVariable String id, @ModelAttribute("registerGspr") GsprForm form, BindingResult errors,
                      Model model, RedirectAttributes next) {
        return submit(id, errors, () -> register.recordGspr(id, form.toCommand()), form.fromService(), model,
                "register/gspr", "register.banner.gspr", next);
    }

    @GetMapping(DEVICE + "/ivo")
    String ivoForm(@PathVariable String id, Model model) {
        return open(id, model, "registerIvo", IvoForm::of, "register/ivo");
    }

    @PostMapping(DEVICE + "/ivo")
    String recordIvo(@PathVariable String id, @ModelAttribute("registerIvo") IvoForm form, BindingResult errors,
                     Model model, RedirectAttributes next) {
        return submit(id, errors, () -> register.recordIvoInformation(id, form.toCommand()), form.fromService(), model,
                "register/ivo", "register.banner.ivo", next);
    }

    @GetMapping(DEVICE + "/i-bruk")
    String inUseForm(@PathVariable String id, Model model) {
        return open(id, model, "registerInUse", device -> DateForm.on(LocalDate.now(clock)), "register/in-use");
    }

    @PostMapping(DEVICE + "/i-bruk")
    String putInUse(@PathVariable String id, @ModelAttribute("registerInUse") DateForm form, BindingResult errors,
                    Model model, RedirectAttributes next) {
        return submit(id, errors, () -> register.putInUse(id, new RegisterCommands.InUse(form.getDate())),
                Map.of("inUseFrom", "date"), model, "register/in-use", "register.banner.inUse", next);
    }

    @GetMapping(DEVICE + "/granskningsintervall")
    String intervalForm(@PathVariable String id, Model model) {
        return open(id, model, "registerInterval", device -> IntervalForm.of(device.reviewInterval()),
                "register/interval");
    }

    @PostMapping(DEVICE + "/granskningsintervall")
    String changeInterval(@PathVariable String id, @ModelAttribute("registerInterval") IntervalForm form,
                          BindingResult errors, Model model, RedirectAttributes next) {
        if (form.getMonths() == null && !errors.hasFieldErrors("months")) {
            errors.rejectValue("months", "register.interval.months.required");
        }
        return submit(id, errors, () -> register.changeReviewInterval(id, form.period()),
                Map.of("reviewInterval", "months"), model, "register/interval", "register.banner.interval", next);
    }

    /** A form opened: filled in with what the device has recorded, under {@code name} for its template. */
    private String open(String id, Model model, String name, Function<InHouseDeviceView, ?> form, String template) {
        InHouseDeviceView device = register.get(id);
        model.addAttribute(name, form.apply(device));
        return page(device, model, template);
    }

    /**
     * A form sent: the command when the input could be read; the form again with the service's refusals at their
     * fields when not; otherwise back to the device's page with the banner.
     */
    private String submit(String id, BindingResult errors, Runnable command, Map<String, String> fromService,
                          Model model, String template, String banner, RedirectAttributes next) {
        if (errors.hasErrors() || !ServiceFieldErrors.sent(command, errors, fromService)) {
            return page(register.get(id), model, template);
        }
        return RegisterPages.done(id, banner, next);
    }

    /** A form's page: the device beside it, and what its choices are. */
    private String page(InHouseDeviceView device, Model model, String template) {
        model.addAttribute("device", device);
        model.addAttribute("versioned", RegisterPages.versioned(device));
        model.addAttribute("kinds", DeviceKind.values());
        model.addAttribute("riskClasses", DeviceClass.values());
        model.addAttribute("answers", GsprAnswer.values());
        model.addAttribute("yesNo", List.of(Boolean.TRUE, Boolean.FALSE));
        if (template.equals("register/ivo")) {
            model.addAttribute("ivoContent", register.rules().ivoRequiredContent());
        }
        return template;
    }

    /** The Annex I sections the device's kind must answer (MD's when the kind is not yet known). */
    static List<String> requirements(InHouseDeviceView device, RegisterRules rules) {
        boolean ivd = device.description() != null && device.description().kind() == DeviceKind.IVD;
        return ivd ? rules.ivdGsprRequirements() : rules.mdGsprRequirements();
    }
}
