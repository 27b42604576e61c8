package se.rjh.mtp.reporting.pipeline;

import static se.rjh.mtp.reporting.readmodel.EventNames.field;
import static se.rjh.mtp.reporting.readmodel.EventNames.type;

import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import se.rjh.mtp.api.cases.CaseNumberAssigned;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.ConsultationDueDateChanged;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.ConsultationWaived;
import se.rjh.mtp.api.cases.ConsultationWithdrawn;
import se.rjh.mtp.api.cases.SecrecyMarkingChanged;
import se.rjh.mtp.reporting.readmodel.Records;

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

    public static final String CONSULTATION_REQUESTED = type(ConsultationRequested.class);
    public static final String CONSULTATION_ANSWERED = type(ConsultationAnswered.class);
    public static final String CONSULTATION_WAIVED = type(ConsultationWaived.class);
    public static final String CONSULTATION_OVERDUE = type(ConsultationOverdue.class);
    /** Closed without an answer, like a waiver. */
    public static final String CONSULTATION_WITHDRAWN = type(ConsultationWithdrawn.class);
    /** Carries the new {@link #DUE_DATE}; the request is not overdue afterwards. */
    public static final String CONSULTATION_DUE_DATE_CHANGED = type(ConsultationDueDateChanged.class);

    /** The secrecy marking is set at registration, and later added, changed or lifted (null) by its own event. */
    public static final String SECRECY_CHANGED = type(SecrecyMarkingChanged.class);
    public static final String SECRECY = field(CaseRegistered.class, "secrecy");
    private static final String SECRECY_CHANGED_TO = field(SecrecyMarkingChanged.class, "secrecy");

    public static final String CASE_TYPE = field(CaseReceived.class, "caseType");
    public static final String SENDER_NAME = field(CaseReceived.class, "submitter.name");
    public static final String SENDER_UNIT = field(CaseReceived.class, "submitter.unit");
    /** Carried by all four consultation events. */
    public static final String CONSULTATION_ID = field(ConsultationRequested.class, "consultationId");
    public static final String BODY = field(ConsultationRequested.class, "body");
    public static final String DUE_DATE = field(ConsultationRequested.class, "dueDate");

    /** The case's own facts as a per-case row keeps them: row field, and where the events say it. */
    private static final Map<String, String> FACTS = Map.of(
            "caseNumber", field(CaseRegistered.class, "caseNumber"),
            "subject", field(CaseReceived.class, "subject"),
            "caseType", CASE_TYPE,
            "channel", field(CaseReceived.class, "channel"),
            "receivedOn", field(CaseReceived.class, "receivedOn"));

    private CaseEvents() {
    }

    /**
     * Copies the facts this record carries into the row, each only where the row keeps that field ({@code emptyRow}
     * names them); a record without a fact leaves the earlier value.
     */
    public static void copyFacts(Document row, Document record) {
        FACTS.forEach((field, path) -> {
            String value = Records.text(record, path);
            if (value != null && row.containsKey(field)) {
                row.put(field, value);
            }
        });
    }

    /** Whether the case is secrecy-marked after this record; empty when the record does not say. */
    public static Optional<Boolean> secretAfter(Document record) {
        String type = Records.type(record);
        if (REGISTERED.equals(type)) {
            return Optional.of(Records.text(record, SECRECY) != null);
        }
        return SECRECY_CHANGED.equals(type)
                ? Optional.of(Records.text(record, SECRECY_CHANGED_TO) != null)
                : Optional.empty();
    }

    /**
     * Only a case's own stream starts with CaseReceived: the number series and other aggregates make no case row;
     * whether a case is an incident shows later, in its case type.
     */
    public static boolean startsCase(Document record) {
        return RECEIVED.equals(Records.type(record));
    }

    /** The step a case enters with this record's event, as case-service's aggregate sets it (mtp-api's mapping). */
    public static Optional<CaseStep> stepEntered(Document record) {
        return CaseStep.enteredBy(Records.payloadType(record));
    }
}
