package se.rjh.mtp.api.groups;

/** The LSG's verdict on a delivery: done, or to be revised (back to IN_PROGRESS). */
public enum FeedbackOutcome {
    COMPLETED,
    REVISION_REQUESTED
}
