package se.rjh.mtp.api.cases;

/**
 * An event after which nobody waits any more for a consultation request's answer by its due date: it was answered,
 * waived or withdrawn, or its passing the due date was already reported. A handler that watches due dates takes them
 * all by this type, so the list of such events is kept here, next to the events, in one place.
 */
public interface ConsultationWaitEnded {

    String consultationId();
}
