package se.rjh.mtp.reporting.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.reporting.view.WorklistItem;
import se.rjh.mtp.api.reporting.view.WorklistItemKind;
import se.rjh.mtp.platform.time.WorkingDays;

/** Each limit of the bevakning with the case just inside and just outside it. */
class WorklistRulesTest {

    private static final WorkingDays EASTER_2026 = new WorkingDays(List.of(LocalDate.parse("2026-04-03"),
            LocalDate.parse("2026-04-06")));
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    /** The rules on a plain Monday, far from any holiday. */
    private final WorklistRules rules = new WorklistRules(EASTER_2026, MONDAY);

    private static WorklistRules on(String day) {
        return new WorklistRules(EASTER_2026, LocalDate.parse(day));
    }

    @Test
    void registrationIsLateAfterMoreThanOneWorkingDay() {
        WorklistRules wednesday = on("2026-03-04");
        assertThat(wednesday.registrationLate(LocalDate.parse("2026-03-03"))).isFalse(); // received yesterday
        assertThat(wednesday.registrationLate(MONDAY)).isTrue();
        // Received on Friday: Monday is its one working day, Tuesday is late.
        assertThat(on("2026-03-09").registrationLate(LocalDate.parse("2026-03-06"))).isFalse();
        assertThat(on("2026-03-10").registrationLate(LocalDate.parse("2026-03-06"))).isTrue();
        // Received on skärtorsdagen: långfredagen, the weekend and annandag påsk are no working days.
        LocalDate maundyThursday = LocalDate.parse("2026-04-02");
        assertThat(on("2026-04-07").registrationLate(maundyThursday)).isFalse();
        assertThat(on("2026-04-08").registrationLate(maundyThursday)).isTrue();
        assertThat(on("2026-04-08").registrationDue(maundyThursday)).isEqualTo(LocalDate.parse("2026-04-07"));
        assertThat(wednesday.registrationLate(null)).isFalse();
    }

    @Test
    void aConsultationIsDueFromFiveDaysAheadOn() {
        assertThat(rules.consultationDue(MONDAY.plusDays(5))).isTrue();
        assertThat(rules.consultationDue(MONDAY.plusDays(6))).isFalse();
        assertThat(rules.consultationDue(MONDAY)).isTrue();
        assertThat(rules.consultationDue(MONDAY.minusDays(20))).isTrue();
        assertThat(rules.isPast(MONDAY)).isFalse();
        assertThat(rules.isPast(MONDAY.minusDays(1))).isTrue();
        assertThat(rules.daysSince(MONDAY.plusDays(5))).isEqualTo(-5);
    }

    @Test
    void aFollowUpIsListedWhenOpenMoreThanThirtyDaysAfterTheDecision() {
        assertThat(rules.followUpLongOpen(MONDAY.minusDays(30))).isFalse();
        assertThat(rules.followUpLongOpen(MONDAY.minusDays(31))).isTrue();
        assertThat(rules.followUpLongOpen(null)).isFalse();
    }

    @Test
    void aGuidelineReviewIsDueWithinThirtyDaysOrWhenOverdue() {
        assertThat(rules.reviewDue(MONDAY.plusDays(30), false)).isTrue();
        assertThat(rules.reviewDue(MONDAY.plusDays(31), false)).isFalse();
        assertThat(rules.reviewDue(MONDAY.plusDays(31), true)).isTrue();
        assertThat(rules.reviewDue(null, false)).isFalse();
    }

    @Test
    void overdueItemsComeFirstThenByDueDate() {
        WorklistItem lateAssignment = item(WorklistItemKind.ASSIGNMENT_OVERDUE, "2026-02-20", true);
        WorklistItem lateConsultation = item(WorklistItemKind.CONSULTATION_DUE, "2026-02-25", true);
        WorklistItem soon = item(WorklistItemKind.CONSULTATION_DUE, "2026-03-03", false);
        WorklistItem later = item(WorklistItemKind.GUIDELINE_REVIEW_DUE, "2026-03-20", false);
        WorklistItem undated = item(WorklistItemKind.PROPOSAL_WAITING, null, false);
        assertThat(Stream.of(undated, later, lateConsultation, soon, lateAssignment).sorted(WorklistRules.ORDER))
                .containsExactly(lateAssignment, lateConsultation, soon, later, undated);
    }

    private static WorklistItem item(WorklistItemKind kind, String due, boolean overdue) {
        return new WorklistItem(kind, "c", null, null, null, null, "MTP/1/2026", "Ärende", null,
                due == null ? null : LocalDate.parse(due), null, null, overdue);
    }
}
