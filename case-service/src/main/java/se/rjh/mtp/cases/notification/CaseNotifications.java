package se.rjh.mtp.cases.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseOfficerReassigned;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.platform.notification.NotificationListener;
import se.rjh.mtp.platform.notification.Notifier;

/** One handler per kind of case mail; what each says is in its template (mtp-platform mtp-notifications/). */
@NotificationListener
record CaseNotifications(Notifier notifier, Clock clock) {

    @EventHandler
    void on(PreparationStarted event, @MessageIdentifier String eventId) {
        caseAssigned(event.caseId(), event.caseOfficer(), event.startedOn(), eventId);
    }

    @EventHandler
    void on(CaseOfficerReassigned event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        caseAssigned(event.caseId(), event.caseOfficer(), LocalDate.ofInstant(at, clock.getZone()), eventId);
    }

    private void caseAssigned(String caseId, String caseOfficer, LocalDate on, String eventId) {
        CaseFacts facts = facts(caseId);
        notifier.send(NotificationKind.CASE_ASSIGNED, caseId, eventId, notifier.addresses().user(caseOfficer),
                "user " + caseOfficer, values(caseId, facts, "date", on.toString()));
    }

    @EventHandler
    void on(ConsultationRequested event, @MessageIdentifier String eventId) {
        CaseFacts facts = facts(event.caseId());
        notifier.send(NotificationKind.CONSULTATION_REQUESTED, event.caseId(), eventId, notifier.addresses().body(event.body()),
                "body " + event.body(), values(event.caseId(), facts, "body", bodyName(event.body()),
                        "dueDate", event.dueDate().toString()));
    }

    @EventHandler
    void on(ConsultationOverdue event, @MessageIdentifier String eventId) {
        CaseFacts facts = facts(event.caseId());
        notifier.send(NotificationKind.CONSULTATION_OVERDUE, event.caseId(), eventId,
                notifier.addresses().user(facts.caseOfficer()), "user " + facts.caseOfficer(),
                values(event.caseId(), facts, "body", bodyName(event.body()), "dueDate", event.dueDate().toString(),
                        "date", event.detectedOn().toString()));
    }

    @EventHandler
    void on(DecisionProposed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        CaseFacts facts = facts(event.caseId());
        notifier.send(NotificationKind.DECISION_PROPOSED, event.caseId(), eventId, notifier.addresses().chairAddress(),
                "the chair", values(event.caseId(), facts, "date", LocalDate.ofInstant(at, clock.getZone()).toString()));
    }

    /** To the submitter, who may be outside the region: the decision's text is never in the mail. */
    @EventHandler
    void on(CaseDecided event, @MessageIdentifier String eventId) {
        CaseFacts facts = facts(event.caseId());
        notifier.send(NotificationKind.CASE_DECIDED, event.caseId(), eventId, Optional.ofNullable(facts.submitterEmail()),
                "the submitter (no e-mail given)", values(event.caseId(), facts, "decidedOn",
                        event.decidedOn().toString()));
    }

    private CaseFacts facts(String caseId) {
        return CaseFacts.of(notifier.history(caseId));
    }

    private Map<String, String> values(String caseId, CaseFacts facts, String... more) {
        Map<String, String> values = new HashMap<>();
        values.put("caseNumber", facts.caseNumber());
        values.put("caseTitle", facts.title());
        values.put("link", notifier.addresses().link("/api/cases/" + caseId));
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        return values;
    }

    /** The body's Swedish name, as the mail addresses it. */
    static String bodyName(ConcernedBody body) {
        return switch (body) {
            case GAS_COMMITTEE -> "gaskommittén";
            case SAFETY_COUNCIL -> "säkerhetsrådet";
            case PATIENT_SAFETY -> "patientsäkerhetsenheten";
            case RADIATION_PROTECTION_COMMITTEE -> "strålskyddskommittén";
            case INVESTMENT_COUNCIL -> "investeringsrådet";
            case PROCUREMENT -> "inköp/upphandling";
            case HEALTHCARE_MANAGEMENT -> "HS-ledningen";
            case WORKING_GROUP -> "arbetsgruppen";
            case OTHER -> "berörd instans";
        };
    }
}
