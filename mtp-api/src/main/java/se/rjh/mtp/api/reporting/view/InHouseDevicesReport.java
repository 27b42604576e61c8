package se.rjh.mtp.api.reporting.view;

import java.util.List;
import java.util.Map;

/**
 * The register of in-house devices (MDR/IVDR Art. 5(5)): devices per status, reviews due and overdue, overdue market
 * searches and incidents per device. Withdrawn devices count per status only: nothing is due for them.
 *
 * @param total Number of devices in the register, withdrawn ones included
 * @param perStatus Devices per status (every status, zero included)
 * @param reviewsDueWithin Devices whose yearly review is due within 30, 60 and 90 days (keys "30", "60", "90";
 *                         cumulative, overdue ones excluded)
 * @param reviewsOverdue Devices whose review is past its due date and not done
 * @param marketSearchesOverdue Devices whose market search for an equivalent CE-marked device is overdue
 * @param incidentsPerDevice Incident cases per device id, for devices named by at least one
 * @param devices Every device of the register, by number
 */
public record InHouseDevicesReport(
        int total,
        Map<String, Integer> perStatus,
        Map<String, Long> reviewsDueWithin,
        long reviewsOverdue,
        long marketSearchesOverdue,
        Map<String, Integer> incidentsPerDevice,
        List<InHouseDeviceRow> devices) {
}
