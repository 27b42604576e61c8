package se.rjh.mtp.api.devices.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;

/**
 * A device as the register list shows it.
 *
 * @param id the register id {@code EGT-<n>}
 * @param deviceVersion the manufacturer's version label
 * @param version the register version
 * @param linkedCaseNumber diarienummer of the deciding case, if linked
 * @param incidentCount how many incident cases named the device
 * @param openCorrectiveActions corrective actions not yet completed
 */
@Schema(name = "InHouseDeviceListItem")
public record InHouseDeviceListItem(
        String id,
        String name,
        String deviceVersion,
        DeviceKind kind,
        DeviceClass riskClass,
        InHouseDeviceStatus status,
        int version,
        String responsibleUnitId,
        String responsibleUnitName,
        String linkedCaseNumber,
        LocalDate nextReviewDue,
        boolean reviewOverdue,
        LocalDate nextMarketSearchDue,
        boolean marketSearchOverdue,
        int incidentCount,
        int openCorrectiveActions) {
}
