package se.rjh.mtp.api.cases;

/** Whether a device is CE-marked (placed on the market) or made in-house (MDR Art. 5(5)); decides where incidents are reported. */
public enum DeviceMarking {
    CE_MARKED,
    IN_HOUSE
}
