package se.rjh.mtp.groups.distribution.domain;

import java.util.Optional;
import se.rjh.mtp.api.groups.DistributionSubjectKind;

/**
 * The decided cases and published guidelines this service has learnt of from their services' events: only they
 * can be distributed. Empty for an unknown, undecided, reopened or voided case and an unpublished or retired guideline.
 */
public interface DistributableSubjects {

    Optional<SubjectEntry> find(DistributionSubjectKind kind, String subjectId);
}
