package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "What a work-list item asks for")
public enum WorklistItemKind {
    /** A case received but not registered after more than one working day (registrar, chair). */
    REGISTRATION_WAITING,
    /** A consultation of one's own case due within 5 days or overdue, neither answered, waived nor withdrawn. */
    CONSULTATION_DUE,
    /** A decision's follow-up without an outcome more than 30 days after the decision. */
    FOLLOW_UP_OPEN,
    /** A proposal waiting for the chair's decision. */
    PROPOSAL_WAITING,
    /** A LAG assignment past its due date and not delivered. */
    ASSIGNMENT_OVERDUE,
    /** A published guideline whose review date is within 30 days or has passed. */
    GUIDELINE_REVIEW_DUE,
    /** An in-house device's review of clinical experience due within 30 days or overdue (chair, case officers). */
    IN_HOUSE_DEVICE_REVIEW_DUE,
    /**
     * An in-house device's search for an equivalent CE-marked device due within 30 days or overdue (chair, case
     * officers).
     */
    MARKET_SEARCH_DUE
}
