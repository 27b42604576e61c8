package se.rjh.mtp.cases.domain;

import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.devices.InHouseDeviceIds;

/** What a case needs to know of a device: its name, maker and model, and how it is classed and marked. */
final class Devices {

    private Devices() {
    }

    static Device valid(String field, Device device) {
        TextRules.present(field, device);
        return new Device(
                TextRules.required(field + ".name", device.name(), TextRules.LINE),
                TextRules.required(field + ".manufacturer", device.manufacturer(), TextRules.LINE),
                TextRules.required(field + ".model", device.model(), TextRules.LINE),
                TextRules.optional(field + ".udiDi", device.udiDi(), TextRules.LINE),
                TextRules.present(field + ".deviceClass", device.deviceClass()),
                TextRules.present(field + ".marking", device.marking()));
    }

    /** The in-house register's id of the device, optional; blank counts as not given. Never matched by name. */
    static String validInHouseId(String field, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String value = id.strip();
        if (!InHouseDeviceIds.isValid(value)) {
            throw new InvalidInputException(field, "must be a register id like EGT-1");
        }
        return value;
    }
}
