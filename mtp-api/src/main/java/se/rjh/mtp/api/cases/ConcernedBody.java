package se.rjh.mtp.api.cases;

/** The bodies the LSG consults (berörd instans). */
public enum ConcernedBody {
    GAS_COMMITTEE,
    SAFETY_COUNCIL,
    PATIENT_SAFETY,
    RADIATION_PROTECTION_COMMITTEE,
    INVESTMENT_COUNCIL,
    PROCUREMENT,
    /** HS-ledning */
    HEALTHCARE_MANAGEMENT,
    WORKING_GROUP,
    OTHER
}
