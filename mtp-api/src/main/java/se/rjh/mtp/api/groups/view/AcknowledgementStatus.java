package se.rjh.mtp.api.groups.view;

/** Where one unit of a distribution stands: waiting, acknowledged, or overdue (past the date, not acknowledged). */
public enum AcknowledgementStatus {
    WAITING,
    ACKNOWLEDGED,
    OVERDUE
}
