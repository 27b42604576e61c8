package se.rjh.mtp.api.common;

import java.util.Locale;

/**
 * The kinds of e-mail the system sends, one Swedish template each ({@code mtp-notifications/<template>.txt} in
 * mtp-platform). A new kind is a value here, its template and one listener method in the service that owns the event.
 */
public enum NotificationKind {
    /** A case officer got a case: preparation started with them, or the case was handed to them. */
    CASE_ASSIGNED,
    /** A consultation request went to a concerned body. */
    CONSULTATION_REQUESTED,
    /** A consultation request passed its due date unanswered; to the case officer. */
    CONSULTATION_OVERDUE,
    /** A proposal waits for the chair's decision. */
    DECISION_PROPOSED,
    /** The case was decided; to the submitter. */
    CASE_DECIDED,
    /** The LSG issued an assignment to a LAG. */
    ASSIGNMENT_ISSUED,
    /** An assignment passed its due date before delivery. */
    ASSIGNMENT_OVERDUE,
    /** A published guideline reached its review date. */
    GUIDELINE_REVIEW_DUE,
    /** A unit is asked to acknowledge a distributed decision or guideline, through its personal link. */
    DISTRIBUTION_TO_UNIT,
    /** An in-house device's review passed its due date; to the chair and the case officers. */
    IN_HOUSE_DEVICE_REVIEW_OVERDUE,
    /** An in-house device's market search passed its due date; to the chair and the case officers. */
    IN_HOUSE_DEVICE_MARKET_SEARCH_OVERDUE;

    /** The template's file name without {@code .txt}: {@code CASE_ASSIGNED} → {@code case-assigned}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
