package se.rjh.mtp.cases.domain;

/** Where a case stands in the five steps, or its outcome. */
public enum CaseStep {
    RECEIVED,
    REGISTERED,
    IN_PREPARATION,
    IN_CONSULTATION,
    DECISION_PROPOSED,
    DECIDED,
    CLOSED,
    VOIDED
}
