package se.rjh.mtp.reporting.pipeline;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every case-service event type and field name the pipeline dashboard relies on, in one place so they can be
 * aligned with case-service's events. Lists hold aliases: the first field present wins.
 */
public final class CaseEvents {

    public static final String RECEIVED = "CaseReceived";
    public static final String REGISTERED = "CaseRegistered";

    /** The step a case enters with each event (five steps, then the outcomes). */
    public static final Map<String, String> STEP_ENTERED = Map.ofEntries(
            entry("CaseReceived", "RECEIVED"),
            entry("CaseRegistered", "REGISTERED"),
            entry("PreparationStarted", "IN_PREPARATION"),
            entry("CaseReturnedToPreparation", "IN_PREPARATION"),
            entry("ReturnedToPreparation", "IN_PREPARATION"),
            entry("ConsultationRequested", "IN_CONSULTATION"),
            entry("DecisionProposed", "DECISION_PROPOSED"),
            entry("CaseDecided", "DECIDED"),
            entry("CaseClosed", "CLOSED"),
            entry("CaseVoided", "VOIDED"));
    public static final List<String> STEPS = List.of("RECEIVED", "REGISTERED", "IN_PREPARATION", "IN_CONSULTATION",
            "DECISION_PROPOSED", "DECIDED", "CLOSED", "VOIDED");
    public static final Set<String> FINISHED_STEPS = Set.of("DECIDED", "CLOSED", "VOIDED");

    public static final String CONSULTATION_REQUESTED = "ConsultationRequested";
    public static final Set<String> CONSULTATION_ANSWERED = Set.of("ConsultationAnswered");
    public static final Set<String> CONSULTATION_WAIVED = Set.of("ConsultationWaived");
    public static final Set<String> CONSULTATION_OVERDUE = Set.of("ConsultationOverdue");

    public static final Set<String> SECRECY_MARKED = Set.of("SecrecyMarked", "CaseSecrecyMarked", "SecrecyMarkingRecorded");
    public static final Set<String> SECRECY_LIFTED = Set.of("SecrecyLifted", "CaseSecrecyLifted");

    public static final List<String> CASE_NUMBER = List.of("caseNumber");
    public static final List<String> CASE_TYPE = List.of("caseType");
    public static final List<String> SUBJECT = List.of("subject");
    public static final List<String> CHANNEL = List.of("channel");
    public static final List<String> RECEIVED_ON = List.of("receivedOn");
    public static final List<String> SENDER_NAME = List.of("submitter.name", "sender.name", "sender");
    public static final List<String> SENDER_UNIT = List.of("submitter.unit", "sender.unit");
    /** A secrecy marking carried by registration or any other case event. */
    public static final List<String> SECRECY = List.of("secrecy", "secrecyMarking", "secrecyProvision");
    public static final List<String> CONSULTATION_ID = List.of("consultationId");
    public static final List<String> BODY = List.of("body", "concernedBody", "consultedBody");
    public static final List<String> DUE_DATE = List.of("dueDate", "dueOn");
    public static final List<String> ORIGIN_ASSIGNMENT = List.of("origin.assignmentId");
    public static final List<String> ORIGIN_QUESTION = List.of("origin.questionId");

    private CaseEvents() {
    }
}
