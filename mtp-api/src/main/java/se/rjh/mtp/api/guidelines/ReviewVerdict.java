package se.rjh.mtp.api.guidelines;

/** A named reviewer's verdict on a version in review. */
public enum ReviewVerdict {
    APPROVE,
    CHANGES_REQUESTED
}
