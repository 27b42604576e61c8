package se.rjh.mtp.portal.register;

import se.rjh.mtp.api.devices.InHouseDeviceStatus;

/** What the register list asks group-service for; every part optional. */
public record RegisterFilter(InHouseDeviceStatus status, String unit, String q, int page, int size) {

    public static final int PAGE_SIZE = 20;

    public RegisterFilter {
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        q = q == null || q.isBlank() ? null : q.strip();
        page = Math.max(page, 0);
        size = size <= 0 ? PAGE_SIZE : Math.min(size, 200);
    }
}
