package se.rjh.mtp.reporting.readmodel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboards' rules for scheduled dates (guideline and in-house device reviews), read on one day. */
public final class DueDates {

    /** The horizons the dashboards count, in days. */
    public static final List<Integer> HORIZONS = List.of(30, 60, 90);

    private DueDates() {
    }

    /** The owning service said the date passed (its deadline scan), or it has passed by today. */
    public static boolean overdue(boolean flagged, LocalDate due, LocalDate today) {
        return flagged || (due != null && due.isBefore(today));
    }

    /**
     * How many of the dates fall within 30, 60 and 90 days from today (keys "30", "60", "90"; cumulative). The caller
     * leaves out overdue ones.
     */
    public static Map<String, Long> dueWithin(Collection<LocalDate> dates, LocalDate today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int days : HORIZONS) {
            LocalDate limit = today.plusDays(days);
            counts.put(String.valueOf(days), dates.stream().filter(d -> d != null && !d.isAfter(limit)).count());
        }
        return counts;
    }
}
