package se.rjh.mtp.api.devices;

/**
 * What the yearly review (Art. 5(5)(h) MDR, (i) IVDR) concluded. WITHDRAW proposes the withdrawal; the chair
 * confirms it with the withdraw command.
 */
public enum ReviewConclusion {
    CONTINUE,
    CHANGE,
    WITHDRAW
}
