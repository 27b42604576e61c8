package se.rjh.mtp.portal.register;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A step that asks only for its date (taking a device into use): today unless the user says otherwise. */
public class DateForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    static DateForm on(LocalDate date) {
        DateForm form = new DateForm();
        form.date = date;
        return form;
    }

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
}
