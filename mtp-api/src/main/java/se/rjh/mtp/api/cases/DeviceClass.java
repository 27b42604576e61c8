package se.rjh.mtp.api.cases;

/** Risk class under MDR (I, IIa, IIb, III) or IVDR (A–D). */
public enum DeviceClass {
    MDR_I,
    MDR_IIA,
    MDR_IIB,
    MDR_III,
    IVDR_A,
    IVDR_B,
    IVDR_C,
    IVDR_D;

    /** True for the IVDR's classes (in vitro diagnostic devices). */
    public boolean isIvdr() {
        return name().startsWith("IVDR_");
    }
}
