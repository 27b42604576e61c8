package se.rjh.mtp.portal.web;

import java.time.LocalDate;
import java.util.List;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import se.rjh.mtp.api.cases.view.IncidentDetailsView;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.CaseCommands;

/**
 * An incident's dates and whether lex Maria was assessed; each may be left out (the proposal's checklist says what
 * is missing). The device is the registered one; an in-house device is named by its register id ({@code EGT-n}), which
 * links the incident to the register entry and brings its review forward.
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
    @Size(max = TextRules.CODE)
    private String inHouseDeviceId;

    /** The form with what the case has recorded (empty when nothing is). */
    static IncidentForm of(IncidentDetailsView known) {
        IncidentForm form = new IncidentForm();
        if (known != null) {
            form.eventDate = known.eventDate();
            form.reportedToManufacturerOn = known.reportedToManufacturerOn();
            form.reportedToMedicalProductsAgencyOn = known.reportedToMedicalProductsAgencyOn();
            form.reportedToIvoOn = known.reportedToIvoOn();
            form.lexMariaAssessed = known.lexMariaAssessed();
            form.inHouseDeviceId = known.inHouseDeviceId();
        }
        return form;
    }

    CaseCommands.IncidentDetails toDetails() {
        return new CaseCommands.IncidentDetails(eventDate, null, reportedToManufacturerOn,
                reportedToMedicalProductsAgencyOn, reportedToIvoOn, lexMariaAssessed,
                inHouseDeviceId == null || inHouseDeviceId.isBlank() ? null : inHouseDeviceId.strip());
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
    public String getInHouseDeviceId() { return inHouseDeviceId; }
    public void setInHouseDeviceId(String inHouseDeviceId) { this.inHouseDeviceId = inHouseDeviceId; }
}
