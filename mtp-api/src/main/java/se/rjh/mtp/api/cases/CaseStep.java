package se.rjh.mtp.api.cases;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a case stands in the five steps, or its outcome, and which event puts it there. The case aggregate, its
 * projections and reporting all take the step from {@link #enteredBy}, so the process is defined once.
 */
public enum CaseStep {
    RECEIVED,
    REGISTERED,
    IN_PREPARATION,
    IN_CONSULTATION,
    DECISION_PROPOSED,
    DECIDED,
    CLOSED,
    VOIDED;

    /** Steps after which the case asks nothing more of anyone in the process. */
    public static final Set<CaseStep> FINISHED = Set.of(DECIDED, CLOSED, VOIDED);

    private static final Map<Class<?>, CaseStep> ENTERED_BY = Map.of(
            CaseReceived.class, RECEIVED,
            CaseRegistered.class, REGISTERED,
            PreparationStarted.class, IN_PREPARATION,
            // The chair sends a proposal back to preparation.
            ProposalReturned.class, IN_PREPARATION,
            ConsultationRequested.class, IN_CONSULTATION,
            DecisionProposed.class, DECISION_PROPOSED,
            CaseDecided.class, DECIDED,
            CaseClosed.class, CLOSED,
            // The chair reopens a closed case.
            CaseReopened.class, IN_PREPARATION,
            CaseVoided.class, VOIDED);

    private static final Map<String, CaseStep> ENTERED_BY_NAME = byName();

    /** The step a case enters with an event of this type; empty for events that leave the step as it is. */
    public static Optional<CaseStep> enteredBy(Class<?> eventType) {
        return Optional.ofNullable(ENTERED_BY.get(eventType));
    }

    /** The same, by the event's type name as stored and published (the record's fully qualified class name). */
    public static Optional<CaseStep> enteredBy(String eventTypeName) {
        return Optional.ofNullable(ENTERED_BY_NAME.get(eventTypeName));
    }

    public boolean finished() {
        return FINISHED.contains(this);
    }

    private static Map<String, CaseStep> byName() {
        Map<String, CaseStep> names = new java.util.HashMap<>();
        ENTERED_BY.forEach((type, step) -> names.put(type.getName(), step));
        return Map.copyOf(names);
    }
}
