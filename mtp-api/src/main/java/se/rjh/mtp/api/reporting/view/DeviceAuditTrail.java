package se.rjh.mtp.api.reporting.view;

import java.util.List;

/**
 * An in-house device's full history across services, in time order: its own register events (reminders included),
 * the register number taken for it and the incident details of cases that named it
 *
 * @param deviceId The register id, EGT-n
 * @param entries Every entry, oldest first
 */
public record DeviceAuditTrail(
        String deviceId,
        List<AuditTrailEntry> entries) {
}
