package se.rjh.mtp.api.common;

/** The event topics. Each service publishes only to its own; anyone may consume. */
public final class Topics {
    public static final String CASES = "mtp.cases.events";
    public static final String GROUPS = "mtp.groups.events";
    public static final String GUIDELINES = "mtp.guidelines.events";

    private Topics() {
    }
}
