package se.rjh.mtp.portal.groups;

import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.groups.view.AssignmentView;

/**
 * An assignment on the board: its latest progress signal, whether it is overdue, and the moves this user may make.
 *
 * @param overdue open (issued, accepted, in progress) and past its due date, or found so by group-service's scan
 */
record Card(AssignmentView assignment, ProgressStatus signal, boolean overdue, List<Move> moves) {

    static Card of(AssignmentView a, Viewer viewer, LocalDate today) {
        List<AssignmentView.ProgressReport> reports = a.progressReports() == null ? List.of() : a.progressReports();
        ProgressStatus signal = reports.isEmpty() ? null : reports.get(reports.size() - 1).status();
        return new Card(a, signal, overdue(a, today), Move.legal(a.status(), viewer.chair(), viewer.lagMember()));
    }

    static boolean overdue(AssignmentView a, LocalDate today) {
        return a.status() != null && a.status().open()
                && (a.overdue() || (a.dueDate() != null && today.isAfter(a.dueDate())));
    }
}
