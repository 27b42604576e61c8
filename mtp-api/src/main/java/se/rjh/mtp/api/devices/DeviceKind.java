package se.rjh.mtp.api.devices;

import se.rjh.mtp.api.cases.DeviceClass;

/** Which regulation an in-house device falls under: a medical device (MDR 2017/745) or an in vitro diagnostic one (IVDR 2017/746). */
public enum DeviceKind {
    MD,
    IVD;

    /** The kind a risk class belongs to. */
    public static DeviceKind of(DeviceClass riskClass) {
        return riskClass.isIvdr() ? IVD : MD;
    }
}
