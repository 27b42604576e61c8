package se.rjh.mtp.portal.register;

/**
 * The register refused a command because the device is no longer in the step the page showed (409 without a list of
 * what is missing): someone else moved it on. Shown as a page with a link that reads the device again.
 */
public class DeviceChangedException extends RuntimeException {

    private final String deviceId;

    public DeviceChangedException(String deviceId, Throwable cause) {
        super("in-house device " + deviceId + " is not in the step the page showed", cause);
        this.deviceId = deviceId;
    }

    public String deviceId() {
        return deviceId;
    }
}
