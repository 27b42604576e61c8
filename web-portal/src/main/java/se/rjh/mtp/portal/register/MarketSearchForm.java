package se.rjh.mtp.portal.register;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;

/** The non-equivalence justification and a market search (MDCG 2023-1): filled in with the last one recorded. */
public class MarketSearchForm {

    private String nonEquivalenceJustification;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate searchedOn;
    private Boolean equivalentDeviceFound;
    private String result;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextSearchDue;
    private String changeNote;

    static MarketSearchForm of(InHouseDeviceView device, LocalDate today) {
        MarketSearchForm form = new MarketSearchForm();
        InHouseDeviceView.MarketSearch last = device.marketSearch();
        form.searchedOn = today;
        if (last != null) {
            form.nonEquivalenceJustification = last.nonEquivalenceJustification();
            form.equivalentDeviceFound = last.equivalentDeviceFound();
            form.result = last.result();
        }
        return form;
    }

    RegisterCommands.MarketSearch toCommand() {
        return new RegisterCommands.MarketSearch(Texts.orNull(nonEquivalenceJustification), searchedOn,
                equivalentDeviceFound, Texts.orNull(result), nextSearchDue,
                Texts.orNull(changeNote));
    }

    public String getNonEquivalenceJustification() { return nonEquivalenceJustification; }
    public void setNonEquivalenceJustification(String v) { this.nonEquivalenceJustification = v; }
    public LocalDate getSearchedOn() { return searchedOn; }
    public void setSearchedOn(LocalDate searchedOn) { this.searchedOn = searchedOn; }
    public Boolean getEquivalentDeviceFound() { return equivalentDeviceFound; }
    public void setEquivalentDeviceFound(Boolean equivalentDeviceFound) { this.equivalentDeviceFound = equivalentDeviceFound; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public LocalDate getNextSearchDue() { return nextSearchDue; }
    public void setNextSearchDue(LocalDate nextSearchDue) { this.nextSearchDue = nextSearchDue; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
}
