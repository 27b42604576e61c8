package se.rjh.mtp.cases.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.DeviceMarking;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.InHouseConditionCode;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.cases.NationalRecommendation;

/**
 * The data a case type needs before a decision can be proposed, and the list of what is still missing.
 * Field visibility so that a snapshot of the case keeps it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class TypeSpecificData {

    private IncidentDetailsRecorded incident;
    private final Map<InHouseConditionCode, InHouseCondition> conditions = new LinkedHashMap<>();
    private boolean recommendationRecorded;
    private NationalRecommendation recommendation;

    void incident(IncidentDetailsRecorded details) {
        this.incident = details;
    }

    void conditions(List<InHouseCondition> recorded) {
        recorded.forEach(c -> conditions.put(c.code(), c));
    }

    void recommendation(NationalRecommendation value) {
        this.recommendationRecorded = true;
        this.recommendation = value;
    }

    /** What a proposal still needs for this case type; empty when complete. */
    List<String> missingFor(CaseType type) {
        List<String> missing = new ArrayList<>();
        switch (type) {
            case INCIDENT_FOLLOW_UP -> missingIncident(missing);
            case IN_HOUSE_MANUFACTURING -> {
                for (InHouseConditionCode code : InHouseConditionCode.values()) {
                    InHouseCondition c = conditions.get(code);
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

    /** CE-marked devices are reported to the manufacturer and Läkemedelsverket, in-house devices to IVO. */
    private void missingIncident(List<String> missing) {
        if (incident == null) {
            missing.add("incidentDetails: event date, device, reporting dates and lex Maria assessment");
            return;
        }
        if (incident.eventDate() == null) {
            missing.add("incidentDetails.eventDate");
        }
        if (incident.device() == null) {
            missing.add("incidentDetails.device");
        } else if (incident.device().marking() == DeviceMarking.IN_HOUSE) {
            if (incident.reportedToIvoOn() == null) {
                missing.add("incidentDetails.reportedToIvoOn");
            }
        } else {
            if (incident.reportedToManufacturerOn() == null) {
                missing.add("incidentDetails.reportedToManufacturerOn");
            }
            if (incident.reportedToMedicalProductsAgencyOn() == null) {
                missing.add("incidentDetails.reportedToMedicalProductsAgencyOn");
            }
        }
        if (incident.lexMariaAssessed() == null) {
            missing.add("incidentDetails.lexMariaAssessed");
        }
    }
}
