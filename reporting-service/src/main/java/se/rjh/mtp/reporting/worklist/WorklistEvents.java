package se.rjh.mtp.reporting.worklist;

import static se.rjh.mtp.reporting.readmodel.EventNames.field;
import static se.rjh.mtp.reporting.readmodel.EventNames.type;

import java.util.Set;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseOfficerReassigned;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpOutcomeRecorded;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.groups.MemberAppointed;
import se.rjh.mtp.api.groups.MembershipEnded;
import se.rjh.mtp.api.groups.WorkingGroupDissolved;
import se.rjh.mtp.api.groups.WorkingGroupEstablished;
import se.rjh.mtp.reporting.pipeline.CaseEvents;

/**
 * The events the work list reads beyond those of the case dashboards ({@link CaseEvents}), by type and field name.
 */
final class WorklistEvents {

    static final String PROPOSED = type(DecisionProposed.class);
    static final String DECIDED = type(CaseDecided.class);
    static final String FOLLOW_UP_OUTCOME = type(FollowUpOutcomeRecorded.class);
    /** Consultations that ask nothing more of anyone. */
    static final Set<String> CONSULTATION_CLOSED = Set.of(CaseEvents.CONSULTATION_ANSWERED,
            CaseEvents.CONSULTATION_WAIVED, CaseEvents.CONSULTATION_WITHDRAWN);

    /** Set when preparation starts and when the case is handed to another case officer (same field name). */
    static final String CASE_OFFICER = field(CaseOfficerReassigned.class, field(PreparationStarted.class,
            "caseOfficer"));
    static final String FOLLOW_UPS = field(CaseDecided.class, "followUps");
    static final String DECIDED_ON = field(CaseDecided.class, "decidedOn");
    static final String FOLLOW_UP_ID = field(FollowUp.class, "followUpId");
    static final String FOLLOW_UP_KIND = field(FollowUp.class, "kind");
    static final String FOLLOW_UP_DUE = field(FollowUp.class, "dueDate");
    static final String OUTCOME_FOLLOW_UP_ID = field(FollowUpOutcomeRecorded.class, FOLLOW_UP_ID);

    static final String GROUP_ESTABLISHED = type(WorkingGroupEstablished.class);
    static final String MEMBER_APPOINTED = type(MemberAppointed.class);
    static final String MEMBERSHIP_ENDED = type(MembershipEnded.class);
    static final String GROUP_DISSOLVED = type(WorkingGroupDissolved.class);
    /** The member's login, the same name on both membership events. */
    static final String USER_NAME = field(MembershipEnded.class, field(MemberAppointed.class, "userName"));

    private WorklistEvents() {
    }
}
