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
import se.rjh.mtp.api.cases.InHouseRegulation;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.IncidentDetailsView;
import se.rjh.mtp.api.cases.view.NationalRecommendationView;
import se.rjh.mtp.portal.cases.CaseGateway;

/**
 * The case type's own data: an incident's dates and lex Maria (or that it is not reportable), the MDR 5(5)
 * checklist of in-house manufacturing, and MTP-rådet's recommendation. Which type takes which is the service's rule.
 */
@Controller
class TypeSpecificController {

    private final CaseGateway cases;

    TypeSpecificController(CaseGateway cases) {
        this.cases = cases;
    }

    @GetMapping("/arenden/{id}/handelse")
    String incidentForm(@PathVariable String id, Model model) {
        CaseView view = cases.get(id);
        IncidentForm form = new IncidentForm();
        IncidentDetailsView known = view.incidentDetails();
        if (known != null) {
            form.setEventDate(known.eventDate());
            form.setReportedToManufacturerOn(known.reportedToManufacturerOn());
            form.setReportedToMedicalProductsAgencyOn(known.reportedToMedicalProductsAgencyOn());
            form.setReportedToIvoOn(known.reportedToIvoOn());
            form.setLexMariaAssessed(known.lexMariaAssessed());
            form.setInHouseDeviceId(known.inHouseDeviceId());
        }
        model.addAttribute("incidentForm", form);
        return incidentPage(id, model);
    }

    @PostMapping("/arenden/{id}/handelse")
    String recordIncident(@PathVariable String id, @Valid @ModelAttribute("incidentForm") IncidentForm form,
                          BindingResult errors, Model model, RedirectAttributes next) {
        return CaseForms.submit(id, errors, () -> cases.recordIncidentDetails(id, form.toDetails()),
                () -> incidentPage(id, model), "banner.incidentRecorded", next);
    }

    private String incidentPage(String id, Model model) {
        model.addAttribute("yesNo", IncidentForm.YES_NO);
        return CaseForms.page(cases, id, model, "incident");
    }

    @GetMapping("/arenden/{id}/villkor")
    String inHouseForm(@PathVariable String id, Model model) {
        CaseView view = cases.get(id);
        model.addAttribute("case", view);
        model.addAttribute("inHouseForm", InHouseForm.of(view.inHouseConditions(),
                InHouseRegulation.of(view.device())));
        return "in-house";
    }

    @PostMapping("/arenden/{id}/villkor")
    String recordInHouse(@PathVariable String id, @Valid @ModelAttribute("inHouseForm") InHouseForm form,
                         BindingResult errors, Model model, RedirectAttributes next) {
        return CaseForms.submit(id, errors, () -> cases.recordInHouseConditions(id, form.toConditions()),
                form.serviceFields(), () -> CaseForms.page(cases, id, model, "in-house"), "banner.inHouseRecorded",
                next);
    }

    @GetMapping("/arenden/{id}/rekommendation")
    String recommendationForm(@PathVariable String id, Model model) {
        CaseView view = cases.get(id);
        RecommendationForm form = new RecommendationForm();
        NationalRecommendationView known = view.nationalRecommendation();
        if (known != null) {
            form.setRecommendation(known.recommendation() == null ? RecommendationForm.NONE
                    : known.recommendation().name());
            form.setReference(known.reference());
            form.setIssuedOn(known.issuedOn());
        }
        model.addAttribute("recommendationForm", form);
        return recommendationPage(id, model);
    }

    @PostMapping("/arenden/{id}/rekommendation")
    String recordRecommendation(@PathVariable String id,
                                @Valid @ModelAttribute("recommendationForm") RecommendationForm form,
                                BindingResult errors, Model model, RedirectAttributes next) {
        if (!errors.hasFieldErrors("recommendation")
                && !RecommendationForm.choices().contains(form.getRecommendation())) {
            errors.rejectValue("recommendation", "NotBlank");
        }
        return CaseForms.submit(id, errors, () -> cases.recordNationalRecommendation(id, form.toRecommendation()),
                () -> recommendationPage(id, model), "banner.recommendationRecorded", next);
    }

    private String recommendationPage(String id, Model model) {
        model.addAttribute("choices", RecommendationForm.choices());
        return CaseForms.page(cases, id, model, "recommendation");
    }
}
