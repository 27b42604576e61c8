package se.rjh.mtp.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final LocalDate GOOD_FRIDAY = LocalDate.parse("2026-04-03");
    private static final LocalDate EASTER_MONDAY = LocalDate.parse("2026-04-06");
    private final WorkingDays days = new WorkingDays(List.of(GOOD_FRIDAY, EASTER_MONDAY));

    @Test
    void aWeekdayIsAWorkingDayButNeitherAWeekendNorAHoliday() {
        assertThat(days.isWorkingDay(LocalDate.parse("2026-04-02"))).isTrue(); // skärtorsdagen, a Thursday
        assertThat(days.isWorkingDay(GOOD_FRIDAY)).isFalse();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-04-04"))).isFalse(); // Saturday
        assertThat(days.isWorkingDay(LocalDate.parse("2026-04-05"))).isFalse(); // Sunday
        assertThat(days.isWorkingDay(EASTER_MONDAY)).isFalse();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-04-07"))).isTrue();
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToAndIncludingTheLast() {
        LocalDate monday = LocalDate.parse("2026-03-02");
        assertThat(days.workingDaysBetween(monday, monday)).isZero();
        assertThat(days.workingDaysBetween(monday, monday.plusDays(1))).isEqualTo(1);
        assertThat(days.workingDaysBetween(monday, monday.plusDays(7))).isEqualTo(5);
        assertThat(days.workingDaysBetween(monday.plusDays(1), monday)).isZero();
        // Friday to Monday is one working day; Friday before Easter to the Tuesday after it is only one as well.
        assertThat(days.workingDaysBetween(LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-09"))).isEqualTo(1);
        assertThat(days.workingDaysBetween(LocalDate.parse("2026-04-02"), LocalDate.parse("2026-04-07"))).isEqualTo(1);
        assertThat(new WorkingDays(List.of()).workingDaysBetween(LocalDate.parse("2026-04-02"),
                LocalDate.parse("2026-04-07"))).isEqualTo(3);
    }

    @Test
    void theNextWorkingDaySkipsWeekendsAndHolidays() {
        assertThat(days.nextWorkingDay(LocalDate.parse("2026-04-02"))).isEqualTo(LocalDate.parse("2026-04-07"));
        assertThat(days.nextWorkingDay(LocalDate.parse("2026-03-02"))).isEqualTo(LocalDate.parse("2026-03-03"));
    }
}
