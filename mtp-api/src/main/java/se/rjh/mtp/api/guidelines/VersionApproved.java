package se.rjh.mtp.api.guidelines;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The fastställare (LSG chair) approved a reviewed version. */
@Revision("1")
public record VersionApproved(
        String documentNumber,
        int versionNumber,
        String approvedBy,
        LocalDate approvedOn) {
}
