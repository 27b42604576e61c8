package se.rjh.mtp.api.guidelines;

import org.axonframework.serialization.Revision;

/** A named reviewer recorded a verdict on a version in review. */
@Revision("1")
public record ReviewVerdictRecorded(
        String documentNumber,
        int versionNumber,
        String reviewer,
        ReviewVerdict verdict,
        String comment) {
}
