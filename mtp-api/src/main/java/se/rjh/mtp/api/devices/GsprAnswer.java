package se.rjh.mtp.api.devices;

/** The answer to one general safety and performance requirement (Annex I of MDR/IVDR). */
public enum GsprAnswer {
    MET,
    /** Not (fully) met: a justification is required and the public declaration names it. */
    NOT_MET,
    /** Does not apply to this device: a justification is required. */
    NOT_APPLICABLE
}
