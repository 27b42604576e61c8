package se.rjh.mtp.api.cases;

/** A medical device as the case records it; {@code udiDi} is optional. */
public record Device(String name, String manufacturer, String model, String udiDi, DeviceClass deviceClass,
                     DeviceMarking marking) {
}
