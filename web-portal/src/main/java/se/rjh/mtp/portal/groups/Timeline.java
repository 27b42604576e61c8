package se.rjh.mtp.portal.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.groups.view.AssignmentView;

/**
 * An assignment's history as a timeline, oldest first, from what its read model keeps: issued, accepted, each
 * progress report, each delivery's feedback, the decisions on its questions, declined or cancelled. A step the read
 * model keeps without a day (declined, cancelled) comes last, where it ended the assignment.
 *
 * @param event   the message key's last part: {@code groups.timeline.<event>}
 * @param signal  a progress report's GREEN/YELLOW/RED, otherwise null
 * @param detail  what was said (report, feedback, reason, decision), or null
 */
record Timeline(LocalDate on, String event, String actor, ProgressStatus signal, String detail) {

    static List<Timeline> of(AssignmentView a) {
        List<Timeline> entries = new ArrayList<>();
        if (a.issuedOn() != null) {
            entries.add(new Timeline(a.issuedOn(), "issued", a.issuedBy(), null, null));
        }
        if (a.acceptedOn() != null) {
            entries.add(new Timeline(a.acceptedOn(), "accepted", a.acceptedBy(), null, null));
        }
        for (AssignmentView.ProgressReport r : nonNull(a.progressReports())) {
            entries.add(new Timeline(r.reportedOn(), "progress", r.reportedBy(), r.status(), r.text()));
        }
        if (a.deliveredOn() != null) {
            entries.add(new Timeline(a.deliveredOn(), "delivered", a.deliveredBy(), null, a.finalReport()));
        }
        for (AssignmentView.Feedback f : nonNull(a.feedback())) {
            entries.add(new Timeline(f.givenOn(), "feedback." + f.outcome(), f.givenBy(), null, f.feedback()));
        }
        for (AssignmentView.Decision d : nonNull(a.decisions())) {
            entries.add(new Timeline(d.decidedOn(), "decision", null, null, d.decision()));
        }
        if (a.declinedBy() != null) {
            entries.add(new Timeline(null, "declined", a.declinedBy(), null, a.declineReason()));
        }
        if (a.cancelledBy() != null) {
            entries.add(new Timeline(null, "cancelled", a.cancelledBy(), null, a.cancellationReason()));
        }
        // Stable: entries of one day keep the order of the lifecycle above.
        entries.sort(Comparator.comparing(Timeline::on, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
