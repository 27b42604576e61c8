package se.rjh.mtp.api.groups;

/** How the work stands in a progress report: on track, at risk, or off track. */
public enum ProgressStatus {
    GREEN,
    YELLOW,
    RED
}
