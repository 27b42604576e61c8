package se.rjh.mtp.portal.audit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;
import se.rjh.mtp.portal.config.ClockConfiguration;

/**
 * The date and time to see a case at, in the region's time zone, as typed: the time as TT:MM, TT:MM:SS or with
 * fractions of a second (the trail's links give milliseconds, so "after this event" is exact).
 */
public class AsOfForm {

    private String datum;
    private String tid;

    boolean isAsked() {
        return datum != null || tid != null;
    }

    /** The instant asked for, or null with each unreadable part rejected at its field. */
    ZonedDateTime at(Errors errors) {
        LocalDate day = TrailForm.date("datum", datum, errors);
        if (day == null && !errors.hasFieldErrors("datum")) {
            errors.rejectValue("datum", "audit.asOf.datum.missing");
        }
        LocalTime time = null;
        if (tid == null || tid.isBlank()) {
            errors.rejectValue("tid", "audit.asOf.tid.missing");
        } else {
            try {
                time = LocalTime.parse(tid.strip());
            } catch (DateTimeParseException e) {
                errors.rejectValue("tid", "audit.asOf.tid.invalid");
            }
        }
        return errors.hasErrors() ? null : day.atTime(time).atZone(ClockConfiguration.STOCKHOLM);
    }

    public String getDatum() { return datum; }
    public void setDatum(String datum) { this.datum = datum; }
    public String getTid() { return tid; }
    public void setTid(String tid) { this.tid = tid; }
}
