package se.rjh.mtp.reporting.pipeline;

import static java.util.Map.entry;
import static se.rjh.mtp.reporting.readmodel.EventNames.field;
import static se.rjh.mtp.reporting.readmodel.EventNames.type;

import java.util.List;
import java.util.Map;
import java.util.Set;
import se.rjh.mtp.api.cases.CaseClosed;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseNumberAssigned;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.ConsultationWaived;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.ProposalReturned;

/**
 * The case-service events ({@code se.rjh.mtp.api.cases}) the case dashboards read, by type and field name, in one
 * place. Fields shared by several events ({@code caseNumber}, {@code caseType}) are read from whichever carries them.
 */
public final class CaseEvents {

    public static final String RECEIVED = type(CaseReceived.class);
    public static final String REGISTERED = type(CaseRegistered.class);
    /**
     * A diarienummer taken from the year's series: an event of the series aggregate
     * ({@code case-number-series-<year>}), not of the case, so it never makes a case row.
     */
    public static final String NUMBER_ASSIGNED = type(CaseNumberAssigned.class);

    /** The step a case enters with each event, as case-service's aggregate sets it. */
    public static final Map<String, String> STEP_ENTERED = Map.ofEntries(
            entry(RECEIVED, "RECEIVED"),
            entry(REGISTERED, "REGISTERED"),
            entry(type(PreparationStarted.class), "IN_PREPARATION"),
            // The chair sends a proposal back to preparation.
            entry(type(ProposalReturned.class), "IN_PREPARATION"),
            entry(type(ConsultationRequested.class), "IN_CONSULTATION"),
            entry(type(DecisionProposed.class), "DECISION_PROPOSED"),
            entry(type(CaseDecided.class), "DECIDED"),
            entry(type(CaseClosed.class), "CLOSED"),
            entry(type(CaseVoided.class), "VOIDED"));
    public static final List<String> STEPS = List.of("RECEIVED", "REGISTERED", "IN_PREPARATION", "IN_CONSULTATION",
            "DECISION_PROPOSED", "DECIDED", "CLOSED", "VOIDED");
    public static final Set<String> FINISHED_STEPS = Set.of("DECIDED", "CLOSED", "VOIDED");

    public static final String CONSULTATION_REQUESTED = type(ConsultationRequested.class);
    public static final String CONSULTATION_ANSWERED = type(ConsultationAnswered.class);
    public static final String CONSULTATION_WAIVED = type(ConsultationWaived.class);
    public static final String CONSULTATION_OVERDUE = type(ConsultationOverdue.class);

    /** The secrecy marking is set at registration; no event lifts it. */
    public static final String SECRECY = field(CaseRegistered.class, "secrecy");

    public static final String CASE_NUMBER = field(CaseRegistered.class, "caseNumber");
    public static final String CASE_TYPE = field(CaseReceived.class, "caseType");
    public static final String SUBJECT = field(CaseReceived.class, "subject");
    public static final String CHANNEL = field(CaseReceived.class, "channel");
    public static final String RECEIVED_ON = field(CaseReceived.class, "receivedOn");
    public static final String SENDER_NAME = field(CaseReceived.class, "submitter.name");
    public static final String SENDER_UNIT = field(CaseReceived.class, "submitter.unit");
    /** Carried by all four consultation events. */
    public static final String CONSULTATION_ID = field(ConsultationRequested.class, "consultationId");
    public static final String BODY = field(ConsultationRequested.class, "body");
    public static final String DUE_DATE = field(ConsultationRequested.class, "dueDate");

    private CaseEvents() {
    }
}
