package se.rjh.mtp.api.guidelines;

import org.axonframework.serialization.Revision;

/** A version in review went back to draft; its verdicts are cleared for the next round. */
@Revision("1")
public record VersionReturnedToDraft(
        String documentNumber,
        int versionNumber,
        String reason,
        String returnedBy) {
}
