package se.rjh.mtp.api.cases;

/** What a decision asks to happen next; other services act on the first three. */
public enum FollowUpKind {
    /** guideline-service opens a revision draft of {@code guidelineNumber}, or a new guideline draft if it is null. */
    GUIDELINE_REVISION,
    /** group-service drafts an assignment to the named LAG for the chair to issue. */
    LAG_ASSIGNMENT,
    /** guideline-service flags the guidelines that cite {@code regulationReference} (regulatory watch). */
    GUIDELINES_AFFECTED,
    /** Anything else, carried out by people. */
    OTHER
}
