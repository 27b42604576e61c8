package se.rjh.mtp.cases.domain;

import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.platform.pii.PersonalIdentityNumberGuard;

/**
 * Input rules for free text, applied in the aggregate as well as at HTTP level: commands also arrive from Kafka
 * (a LAG's question) and from jobs, and none of them may carry a personal identity number into the history.
 */
final class Texts {

    static final int SHORT = 300;
    static final int LONG = 20_000;

    private Texts() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        PersonalIdentityNumberGuard.check(field, value);
        return value.strip();
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    static Device device(String field, Device device) {
        present(field, device);
        return new Device(
                required(field + ".name", device.name(), SHORT),
                required(field + ".manufacturer", device.manufacturer(), SHORT),
                required(field + ".model", device.model(), SHORT),
                optional(field + ".udiDi", device.udiDi(), SHORT),
                present(field + ".deviceClass", device.deviceClass()),
                present(field + ".marking", device.marking()));
    }
}
