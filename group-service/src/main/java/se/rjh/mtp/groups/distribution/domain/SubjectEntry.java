package se.rjh.mtp.groups.distribution.domain;

import se.rjh.mtp.api.groups.DistributionSubjectKind;

/**
 * Something that may be distributed, as {@link DistributableSubjects} knows it.
 *
 * @param reference the diarienummer, or the document number and version
 * @param title     a short, unprotected title
 */
public record SubjectEntry(DistributionSubjectKind kind, String subjectId, String reference, String title) {
}
