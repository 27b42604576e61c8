package se.rjh.mtp.api.cases;

/** The level a risk score (severity × probability, 1–25) falls in. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH;

    public static RiskLevel of(int score) {
        if (score >= 15) {
            return VERY_HIGH;
        }
        if (score >= 8) {
            return HIGH;
        }
        return score >= 4 ? MEDIUM : LOW;
    }
}
