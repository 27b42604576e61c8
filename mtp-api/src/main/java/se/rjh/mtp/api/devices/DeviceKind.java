package se.rjh.mtp.api.devices;

/** Which regulation an in-house device falls under: a medical device (MDR 2017/745) or an in vitro diagnostic one (IVDR 2017/746). */
public enum DeviceKind {
    MD,
    IVD
}
