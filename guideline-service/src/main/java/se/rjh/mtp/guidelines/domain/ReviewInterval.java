package se.rjh.mtp.guidelines.domain;

import se.rjh.mtp.api.common.InvalidInputException;

/** How often a published guideline must be reviewed (planerad revision): every 1 to 36 months, 12 unless chosen. */
public final class ReviewInterval {

    public static final int DEFAULT_MONTHS = 12;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 36;

    private ReviewInterval() {
    }

    /** The interval in months; {@code requested} null means the default. */
    static int months(Integer requested) {
        int months = requested == null ? DEFAULT_MONTHS : requested;
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new InvalidInputException("reviewIntervalMonths",
                    "must be " + MIN_MONTHS + "-" + MAX_MONTHS + " months");
        }
        return months;
    }
}
