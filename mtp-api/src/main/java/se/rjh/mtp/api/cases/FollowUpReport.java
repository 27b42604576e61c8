package se.rjh.mtp.api.cases;

import java.time.LocalDate;

/**
 * What the service carrying out a decision's follow-up reports on its own topic: group-service's
 * {@code AssignmentFollowUpReported}, guideline-service's {@code GuidelineFollowUpReported}. case-service reads any of
 * them through this one type and records {@link FollowUpOutcomeRecorded} once per case and follow-up.
 */
public interface FollowUpReport {

    String caseId();

    String followUpId();

    FollowUpOutcome outcome();

    /** Why it could not be carried out (required for NOT_POSSIBLE), or a short note on how it was; may be null. */
    String reason();

    LocalDate reportedOn();
}
