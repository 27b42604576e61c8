package se.rjh.mtp.cases.domain;

import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.common.TextRules;

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
}
