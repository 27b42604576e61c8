package se.rjh.mtp.portal.register;

import static se.rjh.mtp.portal.web.FormField.checkboxes;
import static se.rjh.mtp.portal.web.FormField.radios;
import static se.rjh.mtp.portal.web.FormField.select;
import static se.rjh.mtp.portal.web.FormField.text;
import static se.rjh.mtp.portal.web.FormField.textarea;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.api.devices.view.RegisterRules;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.FormBinding;
import se.rjh.mtp.portal.web.FormField;
import se.rjh.mtp.portal.web.FormPage;
import se.rjh.mtp.portal.web.ServiceFieldErrors;

/**
 * The register's forms that record something on a device: its details, the market search, the GSPR checklist, the
 * information to IVO, taking it into use and its review interval. Each is a row of {@link #forms}, served by the two
 * handlers below: filled in with what is recorded; the service's refusals come back at the fields; done, the device's
 * page says so in a banner. A change note is asked for once the device is released, since a change then makes a new
 * version. (The register's other pages are mapped literally, which Spring MVC prefers to the path variable here.)
 */
@Controller
class DeviceFormsController {

    private static final String FORM = RegisterPages.LIST + "/{id}/{path}";
    /** The layout of every form about one device (register/device-form.html). */
    private static final String LAYOUT = "register/device-form";
    private static final String DATE_HINT = "register.date.hint";
    private static final String SAVE = "register.save";

    private final RegisterGateway register;
    private final Clock clock;
    private final FormBinding binding;
    private final List<Form<?>> forms;

    DeviceFormsController(RegisterGateway register, Clock clock, FormBinding binding) {
        this.register = register;
        this.clock = clock;
        this.binding = binding;
        this.forms = forms();
    }

    /**
     * One form of a device.
     *
     * @param path        the form's path under the device: /egentillverkning/{id}/&lt;path&gt;
     * @param blank       an empty form, for what was sent
     * @param filled      the form as the device has it recorded
     * @param page        the form's page: its fields, texts and whether the change note follows them (made for each
     *                    request, since some choices are the register's rules of the day)
     * @param rules       what the portal refuses itself before sending (nothing for most)
     * @param command     the command, sent when the input could be read
     * @param fromService the service's field names to the form's, for the fields whose names differ
     * @param banner      the message key of the banner the device's page shows after it
     */
    private record Form<F>(String path, Supplier<F> blank, Function<InHouseDeviceView, F> filled,
                           Supplier<FormPage> page, BiConsumer<F, BindingResult> rules, BiConsumer<String, F> command,
                           Function<F, Map<String, String>> fromService, String banner) {
    }

    private static <F> BiConsumer<F, BindingResult> none() {
        return (form, errors) -> { };
    }

    /** Rejects a field left empty with its own message (one that could not be read has its error already). */
    private static <F> BiConsumer<F, BindingResult> required(String field, String message) {
        return (form, errors) -> {
            Object value = errors.getFieldValue(field);
            if ((value == null || value.toString().isBlank()) && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, message);
            }
        };
    }

    private static <F> Function<F, Map<String, String>> same() {
        return form -> Map.of();
    }

    private List<Form<?>> forms() {
        return List.of(
                new Form<>("uppgifter", DescriptionForm::new, DescriptionForm::of, () -> page("registerDescription",
                        "register.description.title", SAVE,
                        text("name", "register.field.name"),
                        text("deviceVersion", "register.field.deviceVersion").hinted().width("govuk-input--width-10"),
                        radios("kind", "register.field.kind", List.of(DeviceKind.values()), "register.kind"),
                        textarea("intendedPurpose", "register.field.intendedPurpose"),
                        textarea("targetGroup", "register.field.targetGroup"),
                        select("riskClass", "register.field.riskClass", List.of(DeviceClass.values()), "deviceClass"),
                        text("classificationRule", "register.field.classificationRule").hinted()
                                .width("govuk-input--width-20"),
                        textarea("classificationRationale", "register.field.classificationRationale"),
                        text("responsibleUnitId", "register.field.responsibleUnitId").hinted()
                                .width("govuk-input--width-20"),
                        text("manufacturingSite", "register.field.manufacturingSite"),
                        text("qmsReference", "register.field.qmsReference"),
                        text("riskManagementFileRef", "register.field.riskManagementFileRef"),
                        text("documentationRef", "register.field.documentationRef").hinted(),
                        text("unitsPerYear", "register.field.unitsPerYear").optional().width("govuk-input--width-5"))
                        .asksChangeNote(true),
                        none(), (id, f) -> register.describe(id, f.toCommand()), same(), "register.banner.described"),
                new Form<>("marknadssokning", MarketSearchForm::new,
                        device -> MarketSearchForm.of(device, LocalDate.now(clock)), () -> page("registerMarketSearch",
                        "register.marketSearch.title", SAVE,
                        textarea("nonEquivalenceJustification", "register.field.nonEquivalenceJustification").hinted(),
                        date("searchedOn", "register.field.searchedOn"),
                        radios("equivalentDeviceFound", "register.field.equivalentDeviceFound",
                                List.of(Boolean.TRUE, Boolean.FALSE), "register.yesNo"),
                        textarea("result", "register.field.result").hinted(),
                        FormField.date("nextSearchDue", "register.field.nextSearchDue",
                                "register.field.nextSearchDue.hint").optional())
                        .lead("register.marketSearch.lead").asksChangeNote(true),
                        required("equivalentDeviceFound", "register.marketSearch.equivalentDeviceFound.required"),
                        (id, f) -> register.recordMarketSearch(id, f.toCommand()), same(),
                        "register.banner.marketSearch"),
                // One line per configured Annex I requirement (fragments/forms :: gsprLines).
                new Form<>("gspr", GsprForm::new, device -> GsprForm.of(requirements(device, register.rules()),
                        device.gspr()), () -> page("registerGspr", "register.gspr.title", SAVE)
                        .lead("register.gspr.lead").above("gsprLines").asksChangeNote(true),
                        none(), (id, f) -> register.recordGspr(id, f.toCommand()), GsprForm::fromService,
                        "register.banner.gspr"),
                new Form<>("ivo", IvoForm::new, IvoForm::of, () -> page("registerIvo", "register.ivo.title",
                        SAVE,
                        date("informedOn", "register.field.informedOn"),
                        text("reference", "register.field.reference").hinted().width("govuk-input--width-20"),
                        checkboxes("contentIncluded", "register.field.contentIncluded",
                                register.rules().ivoRequiredContent()))
                        .lead("register.ivo.lead").above("ivoDue").asksChangeNote(true),
                        none(), (id, f) -> register.recordIvoInformation(id, f.toCommand()), IvoForm::fromService,
                        "register.banner.ivo"),
                new Form<>("i-bruk", DateForm::new, device -> DateForm.on(LocalDate.now(clock)), () -> page(
                        "registerInUse", "register.inUse.title", "register.inUse.submit",
                        date("date", "register.inUse.date")).lead("register.inUse.lead"),
                        none(), (id, f) -> register.putInUse(id, new RegisterCommands.InUse(f.getDate())),
                        f -> Map.of("inUseFrom", "date"), "register.banner.inUse"),
                new Form<>("granskningsintervall", IntervalForm::new,
                        device -> IntervalForm.of(device.reviewInterval()),
                        () -> page("registerInterval", "register.interval.title", SAVE,
                                text("months", "register.interval.months").hinted().width("govuk-input--width-3"))
                                .lead("register.interval.lead"),
                        required("months", "register.interval.months.required"),
                        (id, f) -> register.changeReviewInterval(id, f.period()),
                        f -> Map.of("reviewInterval", "months"), "register.banner.interval"));
    }

    /** A device's form page (where it posts comes with the device). */
    private static FormPage page(String name, String heading, String submit, FormField... fields) {
        return FormPage.of(LAYOUT, null, name, heading, submit, fields);
    }

    /** A date field of a device's form. */
    private static FormField date(String name, String label) {
        return FormField.date(name, label, DATE_HINT);
    }

    @GetMapping(FORM)
    String form(@PathVariable String id, @PathVariable String path, Model model) {
        return open(form(path), id, model);
    }

    private <F> String open(Form<F> form, String id, Model model) {
        InHouseDeviceView device = register.get(id);
        FormPage page = form.page().get();
        model.addAttribute(page.form(), form.filled().apply(device));
        return page(form, page, device, model);
    }

    /**
     * A form sent: the command when the input could be read; the form again with the service's refusals at their
     * fields when not; otherwise back to the device's page with the banner.
     */
    @PostMapping(FORM)
    String send(@PathVariable String id, @PathVariable String path, HttpServletRequest request, Model model,
                RedirectAttributes next) {
        return send(form(path), id, request, model, next);
    }

    private <F> String send(Form<F> form, String id, HttpServletRequest request, Model model,
                            RedirectAttributes next) {
        F values = form.blank().get();
        FormPage page = form.page().get();
        BindingResult errors = binding.bind(values, page.form(), request);
        model.addAllAttributes(errors.getModel());
        form.rules().accept(values, errors);
        if (errors.hasErrors() || !ServiceFieldErrors.sent(() -> form.command().accept(id, values), errors,
                form.fromService().apply(values))) {
            return page(form, page, register.get(id), model);
        }
        return RegisterPages.done(id, form.banner(), next);
    }

    /** A form's page: the device beside it, whether a change makes a new version, and where the form posts. */
    private String page(Form<?> form, FormPage page, InHouseDeviceView device, Model model) {
        model.addAttribute("device", device);
        model.addAttribute("versioned", RegisterPages.versioned(device));
        model.addAttribute("answers", GsprAnswer.values());
        model.addAttribute("formPage", page.action(RegisterPages.devicePath(device.id()) + "/" + form.path()));
        return FormPage.TEMPLATE;
    }

    private Form<?> form(String path) {
        return forms.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new ServiceRefusal(404, "no form " + path, List.of()));
    }

    /** The Annex I sections the device's kind must answer (MD's when the kind is not yet known). */
    static List<String> requirements(InHouseDeviceView device, RegisterRules rules) {
        boolean ivd = device.description() != null && device.description().kind() == DeviceKind.IVD;
        return ivd ? rules.ivdGsprRequirements() : rules.mdGsprRequirements();
    }
}
