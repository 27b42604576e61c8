package se.rjh.mtp.cases.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import se.rjh.mtp.api.cases.CaseClosed;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseDocumentReferenced;
import se.rjh.mtp.api.cases.CaseLinkedToAssignment;
import se.rjh.mtp.api.cases.CaseNoteAdded;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.ConsultationWaived;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.InHouseConditionsRecorded;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.cases.NationalRecommendationRecorded;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.ProposalReturned;
import se.rjh.mtp.api.cases.RiskAssessed;

/**
 * The current state of one case, folded from its own events: exact and always up to date, because it is read from
 * the event store and not from a projection that may lag.
 */
final class CaseDetails {

    private final ObjectMapper json;
    private final ObjectNode view;
    private final ArrayNode notes;
    private final ArrayNode documents;
    private final ObjectNode conditions;
    private final Map<String, ObjectNode> consultations = new LinkedHashMap<>();
    private boolean secret;

    private CaseDetails(ObjectMapper json, String id) {
        this.json = json;
        this.view = json.createObjectNode().put("id", id);
        view.putNull("caseNumber");
        view.putNull("step");
        this.notes = json.createArrayNode();
        this.documents = json.createArrayNode();
        this.conditions = json.createObjectNode();
    }

    static CaseDetails fold(ObjectMapper json, String id, List<? extends DomainEventMessage<?>> events) {
        CaseDetails details = new CaseDetails(json, id);
        events.forEach(details::apply);
        return details;
    }

    boolean secret() {
        return secret;
    }

    ObjectNode view(boolean mayReadProtected) {
        ObjectNode result = view.deepCopy();
        result.put("secret", secret);
        result.set("notes", notes);
        result.set("documents", documents);
        if (!conditions.isEmpty()) {
            result.set("inHouseConditions", conditions);
        }
        ArrayNode list = result.putArray("consultations");
        consultations.values().forEach(list::add);
        if (secret && !mayReadProtected) {
            Secrecy.mask(result);
        }
        return result;
    }

    private void apply(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        ObjectNode data = json.valueToTree(payload);
        data.remove("caseId");
        Object actor = message.getMetaData().get("actor");
        view.put("lastChangedAt", message.getTimestamp().toString());
        if (payload instanceof CaseReceived) {
            view.setAll(data);
            step("RECEIVED");
        } else if (payload instanceof CaseRegistered e) {
            data.remove("caseType");
            data.remove("receivedOn");
            view.setAll(data);
            secret = e.secrecy() != null;
            step("REGISTERED");
        } else if (payload instanceof PreparationStarted e) {
            view.put("caseOfficer", e.caseOfficer()).put("preparationStartedOn", e.startedOn().toString());
            step("IN_PREPARATION");
        } else if (payload instanceof CaseNoteAdded) {
            notes.add(data.put("addedAt", message.getTimestamp().toString()).put("addedBy", String.valueOf(actor)));
        } else if (payload instanceof CaseDocumentReferenced) {
            documents.add(data.put("referencedBy", String.valueOf(actor)));
        } else if (payload instanceof RiskAssessed) {
            view.set("riskAssessment", data);
        } else if (payload instanceof CaseLinkedToAssignment e) {
            view.put("assignmentId", e.assignmentId());
        } else if (payload instanceof IncidentDetailsRecorded) {
            view.set("incidentDetails", data);
        } else if (payload instanceof InHouseConditionsRecorded e) {
            e.conditions().forEach(c -> conditions.set(c.code().name(), json.valueToTree(c)));
        } else if (payload instanceof NationalRecommendationRecorded) {
            data.remove("caseType");
            view.set("nationalRecommendation", data);
        } else if (payload instanceof ConsultationRequested e) {
            consultations.put(e.consultationId(), data.put("status", "OPEN").put("overdue", false)
                    .put("requestedAt", message.getTimestamp().toString()));
            step("IN_CONSULTATION");
        } else if (payload instanceof ConsultationAnswered e) {
            consultation(e.consultationId()).put("status", "ANSWERED").put("answer", e.answer())
                    .put("answeredOn", e.answeredOn().toString());
        } else if (payload instanceof ConsultationWaived e) {
            consultation(e.consultationId()).put("status", "WAIVED").put("waiverReason", e.reason());
        } else if (payload instanceof ConsultationOverdue e) {
            consultation(e.consultationId()).put("overdue", true);
        } else if (payload instanceof DecisionProposed) {
            keep(data, "proposal", "rationale", "noConsultationReason");
            view.set("proposal", data);
            step("DECISION_PROPOSED");
        } else if (payload instanceof ProposalReturned e) {
            view.remove("proposal");
            view.putObject("lastReturn").put("reason", e.reason()).put("returnedBy", String.valueOf(actor));
            step("IN_PREPARATION");
        } else if (payload instanceof CaseDecided) {
            keep(data, "decision", "decidedBy", "decidedOn", "followUps");
            view.set("decision", data);
            step("DECIDED");
        } else if (payload instanceof CaseClosed) {
            keep(data, "closedOn", "note");
            view.set("closure", data);
            step("CLOSED");
        } else if (payload instanceof CaseVoided e) {
            view.putObject("voiding").put("reason", e.reason()).put("previousStep", e.previousStep());
            step("VOIDED");
        }
    }

    private ObjectNode consultation(String consultationId) {
        return consultations.computeIfAbsent(consultationId, id -> json.createObjectNode().put("consultationId", id));
    }

    private void step(String step) {
        view.put("step", step);
    }

    private static void keep(ObjectNode data, String... fields) {
        data.retain(fields);
    }
}
