package se.rjh.mtp.api.cases;

/** Who took a decision: the LSG itself, or HS-ledning after consultation. */
public enum DecisionBody {
    LSG,
    HEALTHCARE_MANAGEMENT
}
