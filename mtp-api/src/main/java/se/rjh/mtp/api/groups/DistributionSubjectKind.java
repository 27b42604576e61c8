package se.rjh.mtp.api.groups;

/** What is distributed: a decided case (a decision, an MTP-rådet recommendation case) or a published guideline. */
public enum DistributionSubjectKind {
    CASE_DECISION,
    GUIDELINE
}
