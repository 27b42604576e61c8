package se.rjh.mtp.portal.web;

import static se.rjh.mtp.portal.web.CaseForms.date;
import static se.rjh.mtp.portal.web.CaseForms.form;
import static se.rjh.mtp.portal.web.FormField.radios;
import static se.rjh.mtp.portal.web.FormField.text;
import static se.rjh.mtp.portal.web.FormField.textarea;

import java.util.Map;
import java.util.function.Function;

/**
 * The case's forms that are only their fields and are served by controllers of their own: each by the name the
 * controller asks {@link CaseForms#page} for. (The one-command forms of {@code CaseFormsController} have their fields
 * in its table.)
 */
final class CaseFormPages {

    private static final Map<String, Function<String, FormPage>> PAGES = Map.of(
            // Preparation starts, with its case officer.
            "preparation", id -> form(id, "beredning", "preparationForm", "preparation",
                    text("caseOfficer", "preparation.caseOfficer").hinted().width("govuk-input--width-20")),
            // The case officer's proposal for the chair's decision.
            "proposal", id -> form(id, "forslag", "proposalForm", "proposal",
                    textarea("proposal", "proposal.proposal").hinted(),
                    textarea("rationale", "proposal.rationale"),
                    textarea("noConsultationReason", "proposal.noConsultationReason").hinted().optional()),
            // An incident's dates and lex Maria, or (by the link) that it need not be reported.
            "incident", id -> form(id, "handelse", "incidentForm", "incident",
                    date("eventDate", "incident.eventDate"),
                    date("reportedToManufacturerOn", "incident.manufacturer"),
                    date("reportedToMedicalProductsAgencyOn", "incident.agency"),
                    date("reportedToIvoOn", "incident.ivo"),
                    radios("lexMariaAssessed", "incident.lexMaria", IncidentForm.YES_NO, "yesNo"),
                    text("inHouseDeviceId", "incident.inHouseDevice").hinted().width("govuk-input--width-10"))
                    .lead("incident.lead")
                    .orElse(CaseForms.casePath(id) + "/ej-rapporteringspliktig", "incident.notReportable"),
            // MTP-rådet's national recommendation on an introduction.
            "recommendation", id -> form(id, "rekommendation", "recommendationForm", "recommendation",
                    radios("recommendation", "recommendation.recommendation", RecommendationForm.choices(),
                            "nationalRecommendation"),
                    text("reference", "recommendation.reference").hinted().optional(),
                    date("issuedOn", "recommendation.issuedOn").optional()));

    private CaseFormPages() {
    }

    /** The form page of that name about the case, or null where the name is a template of its own. */
    static FormPage of(String name, String id) {
        Function<String, FormPage> page = PAGES.get(name);
        return page == null ? null : page.apply(id);
    }
}
