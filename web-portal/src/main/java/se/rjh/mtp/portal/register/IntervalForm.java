package se.rjh.mtp.portal.register;

import java.time.Period;
import java.time.format.DateTimeParseException;

/** The device's review interval in whole months; the register takes it as an ISO-8601 period ({@code P12M}). */
public class IntervalForm {

    private Integer months;

    /** The months of a period the register answered, or none when it is not in whole months. */
    static IntervalForm of(String period) {
        IntervalForm form = new IntervalForm();
        try {
            Period p = period == null ? null : Period.parse(period);
            form.months = p == null || p.getDays() != 0 ? null : (int) p.toTotalMonths();
        } catch (DateTimeParseException notAPeriod) {
            form.months = null;
        }
        return form;
    }

    String period() {
        return "P" + months + "M";
    }

    public Integer getMonths() { return months; }
    public void setMonths(Integer months) { this.months = months; }
}
