package se.rjh.mtp.portal.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;

/** The information to IVO (HSLF-FS 2021:32): when, IVO's reference, and which of the configured content it held. */
public class IvoForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate informedOn;
    private String reference;
    private List<String> contentIncluded = new ArrayList<>();
    private String changeNote;

    static IvoForm of(InHouseDeviceView device) {
        IvoForm form = new IvoForm();
        InHouseDeviceView.IvoInformation given = device.ivoInformation();
        if (given != null) {
            form.informedOn = given.informedOn();
            form.reference = given.reference();
            form.contentIncluded = new ArrayList<>(given.contentIncluded());
        }
        return form;
    }

    RegisterCommands.IvoInformation toCommand() {
        return new RegisterCommands.IvoInformation(informedOn, Texts.orNull(reference),
                contentIncluded == null ? List.of() : List.copyOf(contentIncluded), Texts.orNull(changeNote));
    }

    /** The service names a refused item by its index; the form has one group of checkboxes for them all. */
    Map<String, String> fromService() {
        Map<String, String> fields = new HashMap<>();
        for (int item = 0; contentIncluded != null && item < contentIncluded.size(); item++) {
            fields.put("contentIncluded[" + item + "]", "contentIncluded");
        }
        return fields;
    }

    public LocalDate getInformedOn() { return informedOn; }
    public void setInformedOn(LocalDate informedOn) { this.informedOn = informedOn; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public List<String> getContentIncluded() { return contentIncluded; }
    public void setContentIncluded(List<String> contentIncluded) { this.contentIncluded = contentIncluded; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
}
