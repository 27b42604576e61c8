package se.rjh.mtp.api.guidelines;

/** The three kinds of governing document: riktlinje, vägledning, rutin. */
public enum GuidelineKind {
    /** riktlinje */
    GUIDELINE,
    /** vägledning */
    GUIDANCE,
    /** rutin */
    PROCEDURE
}
