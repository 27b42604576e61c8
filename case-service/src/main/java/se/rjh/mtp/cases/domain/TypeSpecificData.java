package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.DeviceMarking;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.InHouseConditionCode;
import se.rjh.mtp.api.cases.InHouseRegulation;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.cases.NationalRecommendation;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;

/**
 * The data a case type needs before a decision can be proposed: which type may record what, whether what is recorded
 * is valid, and the list of what is still missing.
 */
class TypeSpecificData {

    private IncidentDetailsRecorded incident;
    /** The incident is not reportable, with a justification: no reporting dates are needed. */
    private boolean notReportable;
    private final Map<InHouseConditionCode, InHouseCondition> conditions = new LinkedHashMap<>();
    /** Whose Art. 5(5) list applies: follows the registered (or corrected) device's class. */
    private InHouseRegulation regulation = InHouseRegulation.MDR;
    /** The regulation the recorded conditions were recorded under; they count only while it still applies. */
    private InHouseRegulation conditionsRegulation = InHouseRegulation.MDR;
    private boolean recommendationRecorded;
    private NationalRecommendation recommendation;

    /** This data belongs to a case of one of these types only. */
    static void requireType(CaseType caseType, String caseStep, CaseType... types) {
        if (!Arrays.asList(types).contains(caseType)) {
            throw new StateConflictException(caseStep, "this data applies only to case type " + Arrays.toString(types));
        }
    }

    /** Art. 5(5) of the regulation that applies: each condition named is of its list and confirmed or justified. */
    List<InHouseCondition> validConditions(List<InHouseCondition> given) {
        if (given == null || given.isEmpty()) {
            throw new InvalidInputException("conditions", "must name at least one condition");
        }
        // A form listing every letter sends the IVDR's (i) on an MDR case too; left unanswered it says nothing.
        return given.stream().filter(c -> c.code() == null || regulation.has(c.code()) || c.confirmed()
                || (c.justification() != null && !c.justification().isBlank())).map(c -> {
            String field = "conditions." + (c.code() == null ? "?" : c.code().name().toLowerCase());
            TextRules.present("conditions.code", c.code());
            if (!regulation.has(c.code())) {
                throw new InvalidInputException(field, "is not a condition of " + regulation + " Art. 5(5) (a)–("
                        + regulation.conditions().get(regulation.conditions().size() - 1).name().toLowerCase() + ")");
            }
            String justification = TextRules.optional(field + ".justification", c.justification(), TextRules.PARAGRAPH);
            if (!c.confirmed() && justification == null) {
                throw new InvalidInputException(field, "must be confirmed or justified");
            }
            return new InHouseCondition(c.code(), c.confirmed(), justification);
        }).toList();
    }

    /** An introduction may have no national recommendation; an MTP-rådet recommendation case always has one. */
    static NationalRecommendation validRecommendation(CaseType caseType, NationalRecommendation recommendation) {
        if (caseType == CaseType.MTP_COUNCIL_RECOMMENDATION && recommendation == null) {
            throw new InvalidInputException("recommendation", "is required for an MTP-rådet recommendation case");
        }
        return recommendation;
    }

    /** An incident is reported after it happened: no reporting date lies before the event date. */
    static void requireReportedAfterEvent(LocalDate eventDate, LocalDate manufacturer, LocalDate agency,
                                          LocalDate ivo) {
        notBefore(eventDate, "reportedToManufacturerOn", manufacturer);
        notBefore(eventDate, "reportedToMedicalProductsAgencyOn", agency);
        notBefore(eventDate, "reportedToIvoOn", ivo);
    }

    private static void notBefore(LocalDate eventDate, String field, LocalDate reportedOn) {
        if (eventDate != null && reportedOn != null && reportedOn.isBefore(eventDate)) {
            throw new InvalidInputException(field, "must not be before the event date " + eventDate);
        }
    }

    void notReportable() {
        this.notReportable = true;
    }

    void incident(IncidentDetailsRecorded details) {
        this.incident = details;
    }

    void device(Device device) {
        if (device != null) {
            regulation = InHouseRegulation.of(device);
        }
    }

    InHouseRegulation regulation() {
        return regulation;
    }

    void conditions(List<InHouseCondition> recorded, InHouseRegulation recordedUnder) {
        if (recordedUnder != conditionsRegulation) {
            conditions.clear(); // letters mean other conditions under the other regulation
            conditionsRegulation = recordedUnder;
        }
        recorded.forEach(c -> conditions.put(c.code(), c));
    }

    void recommendation(NationalRecommendation value) {
        this.recommendationRecorded = true;
        this.recommendation = value;
    }

    private void missingReports(DeviceMarking marking, List<String> missing) {
        if (marking == DeviceMarking.IN_HOUSE) {
            if (incident.reportedToIvoOn() == null) {
                missing.add("incidentDetails.reportedToIvoOn");
            }
            return;
        }
        if (incident.reportedToManufacturerOn() == null) {
            missing.add("incidentDetails.reportedToManufacturerOn");
        }
        if (incident.reportedToMedicalProductsAgencyOn() == null) {
            missing.add("incidentDetails.reportedToMedicalProductsAgencyOn");
        }
    }

    /** What a proposal still needs for this case type; empty when complete. */
    List<String> missingFor(CaseType type) {
        List<String> missing = new ArrayList<>();
        switch (type) {
            case INCIDENT_FOLLOW_UP -> missingIncident(missing);
            case IN_HOUSE_MANUFACTURING -> {
                for (InHouseConditionCode code : regulation.conditions()) {
                    InHouseCondition c = conditionsRegulation == regulation ? conditions.get(code) : null;
                    if (c == null || !(c.confirmed() || c.justification() != null)) {
                        missing.add("inHouseConditions." + code.name().toLowerCase() + ": confirmed or justified");
                    }
                }
            }
            case INTRODUCTION -> {
                if (!recommendationRecorded) {
                    missing.add("nationalRecommendation: the recommendation, or that there is none");
                }
            }
            case MTP_COUNCIL_RECOMMENDATION -> {
                if (recommendation == null) {
                    missing.add("nationalRecommendation: bör, kan, avstå or avvakta");
                }
            }
            default -> {
                // other types need no type-specific data
            }
        }
        return missing;
    }

    /**
     * CE-marked devices are reported to the manufacturer and Läkemedelsverket, in-house devices to IVO, unless the
     * incident was found not reportable.
     */
    private void missingIncident(List<String> missing) {
        if (incident == null) {
            missing.add(notReportable
                    ? "incidentDetails: event date, device and lex Maria assessment"
                    : "incidentDetails: event date, device, reporting dates and lex Maria assessment");
            return;
        }
        if (incident.eventDate() == null) {
            missing.add("incidentDetails.eventDate");
        }
        if (incident.device() == null) {
            missing.add("incidentDetails.device");
        } else if (!notReportable) {
            missingReports(incident.device().marking(), missing);
        }
        if (incident.lexMariaAssessed() == null) {
            missing.add("incidentDetails.lexMariaAssessed");
        }
    }
}
