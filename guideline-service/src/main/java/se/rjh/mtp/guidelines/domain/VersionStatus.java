package se.rjh.mtp.guidelines.domain;

/** Document control of one version: draft → review → approved (fastställd) → published → superseded. */
public enum VersionStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    PUBLISHED,
    SUPERSEDED;

    /** A version is open until it is published: while one is open, no other revision may start. */
    public boolean open() {
        return this == DRAFT || this == IN_REVIEW || this == APPROVED;
    }
}
