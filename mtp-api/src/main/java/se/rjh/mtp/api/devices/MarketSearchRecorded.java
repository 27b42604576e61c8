package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The market was searched for an equivalent CE-marked device (MDCG 2023-1), with the justification why the patient
 * group's needs cannot be met by one on the market (Art. 5(5)(c) MDR, (d) IVDR).
 *
 * @param equivalentDeviceFound true when an equivalent CE-marked device now exists: the institution should switch
 * @param nextSearchDue when the market is to be searched again
 */
@Revision("1")
public record MarketSearchRecorded(
        String deviceId,
        String nonEquivalenceJustification,
        LocalDate searchedOn,
        boolean equivalentDeviceFound,
        String result,
        LocalDate nextSearchDue) {
}
