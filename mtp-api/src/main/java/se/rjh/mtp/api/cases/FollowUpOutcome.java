package se.rjh.mtp.api.cases;

/** How a decision's follow-up ended. A follow-up without an outcome is open. */
public enum FollowUpOutcome {
    /** Carried out: the assignment completed, the revision published, or the case officer says it was done. */
    DONE,
    /** Cannot be carried out (unknown guideline or LAG, cancelled assignment …); the reason says why. */
    NOT_POSSIBLE
}
