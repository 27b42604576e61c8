package se.rjh.mtp.portal.groups;

import java.util.Arrays;
import java.util.List;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.FeedbackOutcome;

/**
 * A move of a card on the assignment board ("Flytta till…"): the one command that takes an assignment from one list
 * to another, who may send it, and the form that asks for what the command needs ({@code null}: the command needs
 * nothing, and the move sends it at once). The assignment page offers the same commands as its actions.
 */
enum Move {
    /** The chair issues an assignment a case decision drafted. */
    ISSUE(AssignmentStatus.DRAFTED, AssignmentStatus.ISSUED, true, "utfarda"),
    ACCEPT(AssignmentStatus.ISSUED, AssignmentStatus.ACCEPTED, false, null),
    /** The first progress report starts the work. */
    START(AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS, false, "rapport"),
    DELIVER(AssignmentStatus.IN_PROGRESS, AssignmentStatus.DELIVERED, false, "leverans"),
    COMPLETE(AssignmentStatus.DELIVERED, AssignmentStatus.COMPLETED, true,
            "aterkoppling?outcome=" + FeedbackOutcome.COMPLETED),
    /** Feedback asking for more puts the assignment back in progress. */
    REVISE(AssignmentStatus.DELIVERED, AssignmentStatus.IN_PROGRESS, true,
            "aterkoppling?outcome=" + FeedbackOutcome.REVISION_REQUESTED);

    private final AssignmentStatus from;
    private final AssignmentStatus to;
    private final boolean byChair;
    private final String form;

    Move(AssignmentStatus from, AssignmentStatus to, boolean byChair, String form) {
        this.from = from;
        this.to = to;
        this.byChair = byChair;
        this.form = form;
    }

    /** The moves of a card in {@code status} that this user may make: the chair's, or those of the LAG's members. */
    static List<Move> legal(AssignmentStatus status, boolean chair, boolean lagMember) {
        return Arrays.stream(values()).filter(m -> m.from == status && (m.byChair ? chair : lagMember)).toList();
    }

    boolean legalFrom(AssignmentStatus status, boolean chair, boolean lagMember) {
        return legal(status, chair, lagMember).contains(this);
    }

    AssignmentStatus to() {
        return to;
    }

    /** The form on the assignment page that asks for what the command needs; null when it needs nothing. */
    String form(String assignmentId) {
        return form == null ? null : "/uppdrag/" + assignmentId + "/" + form;
    }
}
