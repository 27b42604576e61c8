package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;

/**
 * One in-house device as reporting sees it, from group-service's register events
 *
 * @param deviceId The register id, EGT-n
 * @param name The device's name, as last described
 * @param kind Medical device (MD) or in vitro diagnostic device (IVD)
 * @param status Where the device is in its lifecycle
 * @param version The register version (0 before release; each change after release adds one)
 * @param responsibleUnitId The unit that manufactures and answers for the device
 * @param riskClass The risk class under MDR or IVDR, once described
 * @param linkedCaseNumber The diarienummer of the decided in-house manufacturing case
 * @param nextReviewDue When the next review of clinical experience is due (ISO date); none before release or after
 *                      withdrawal
 * @param reviewOverdue The review is past its due date and not done
 * @param nextMarketSearchDue When the next search for an equivalent CE-marked device is due (ISO date)
 * @param marketSearchOverdue The market search is past its due date and not done
 * @param incidentCount Incident cases that named the device
 */
public record InHouseDeviceRow(
        String deviceId,
        @Schema(nullable = true) String name,
        @Schema(nullable = true) DeviceKind kind,
        @Schema(nullable = true) InHouseDeviceStatus status,
        int version,
        @Schema(nullable = true) String responsibleUnitId,
        @Schema(nullable = true) DeviceClass riskClass,
        @Schema(nullable = true) String linkedCaseNumber,
        @Schema(nullable = true) LocalDate nextReviewDue,
        boolean reviewOverdue,
        @Schema(nullable = true) LocalDate nextMarketSearchDue,
        boolean marketSearchOverdue,
        int incidentCount) {
}
