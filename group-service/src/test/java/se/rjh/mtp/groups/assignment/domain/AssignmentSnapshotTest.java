package se.rjh.mtp.groups.assignment.domain;

import static se.rjh.mtp.groups.SnapshotRoundTrip.assertRoundTrips;
import static se.rjh.mtp.groups.assignment.domain.AssignmentTest.ACCEPTED;
import static se.rjh.mtp.groups.assignment.domain.AssignmentTest.DAY;
import static se.rjh.mtp.groups.assignment.domain.AssignmentTest.DUE;
import static se.rjh.mtp.groups.assignment.domain.AssignmentTest.ISSUED;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.groups.AssignmentDrafted;
import se.rjh.mtp.api.groups.AssignmentOverdue;
import se.rjh.mtp.api.groups.CaseDecisionRecorded;
import se.rjh.mtp.api.groups.QuestionRaised;

/**
 * A snapshot is the aggregate's private fields written by the platform's snapshot serializer; it must load back to
 * the same state, or a snapshotted assignment would answer its rules differently after a restart.
 */
class AssignmentSnapshotTest {

    @Test
    void anIssuedAssignmentWithQuestionsAndADecisionRoundTrips() {
        Assignment assignment = new Assignment();
        assignment.on(ISSUED);
        assignment.on(ACCEPTED);
        assignment.on(new AssignmentOverdue("a1", "lag-1", DUE, DUE.plusDays(1)));
        assignment.on(new QuestionRaised("q1", "a1", "lag-1", "S", "T", "lag", "LAG T"));
        assignment.on(new CaseDecisionRecorded("a1", "lag-1", "q1", "case-1", "MTP/1/2026", "Ja", DAY));

        assertRoundTrips(assignment, Assignment::new);
    }

    @Test
    void aDraftKeepsWhatItWillBeIssuedWith() {
        Assignment draft = new Assignment();
        draft.on(new AssignmentDrafted("d1", "lag-1", "LAG T", "Utred pump", "Utred pumpen", List.of("Rapport"), DUE,
                "case-1", "f1"));

        assertRoundTrips(draft, Assignment::new);
    }
}
