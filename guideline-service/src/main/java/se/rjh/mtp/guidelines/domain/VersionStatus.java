package se.rjh.mtp.guidelines.domain;

/** Document control of one version: draft → review → approved (fastställd) → published → superseded. */
public enum VersionStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    PUBLISHED,
    SUPERSEDED
}
