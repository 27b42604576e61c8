package se.rjh.mtp.portal.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import se.rjh.mtp.portal.cases.CaseCommands;

/**
 * An incident's dates and whether lex Maria was assessed; each may be left out (the proposal's checklist says what
 * is missing). The device is the registered one.
 */
public class IncidentForm {

    static final List<Boolean> YES_NO = List.of(true, false);

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate eventDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedToManufacturerOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedToMedicalProductsAgencyOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedToIvoOn;
    private Boolean lexMariaAssessed;

    CaseCommands.IncidentDetails toDetails() {
        return new CaseCommands.IncidentDetails(eventDate, null, reportedToManufacturerOn,
                reportedToMedicalProductsAgencyOn, reportedToIvoOn, lexMariaAssessed);
    }

    void clear(String field) {
        // Dates hold nothing that must not be echoed.
    }

    public LocalDate getEventDate() { return eventDate; }
    public void setEventDate(LocalDate eventDate) { this.eventDate = eventDate; }
    public LocalDate getReportedToManufacturerOn() { return reportedToManufacturerOn; }
    public void setReportedToManufacturerOn(LocalDate d) { this.reportedToManufacturerOn = d; }
    public LocalDate getReportedToMedicalProductsAgencyOn() { return reportedToMedicalProductsAgencyOn; }
    public void setReportedToMedicalProductsAgencyOn(LocalDate d) { this.reportedToMedicalProductsAgencyOn = d; }
    public LocalDate getReportedToIvoOn() { return reportedToIvoOn; }
    public void setReportedToIvoOn(LocalDate d) { this.reportedToIvoOn = d; }
    public Boolean getLexMariaAssessed() { return lexMariaAssessed; }
    public void setLexMariaAssessed(Boolean lexMariaAssessed) { this.lexMariaAssessed = lexMariaAssessed; }
}
