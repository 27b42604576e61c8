package se.rjh.mtp.api.guidelines;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A published version was replaced by a newer one; it stays readable, valid until {@code validTo}. */
@Revision("1")
public record VersionSuperseded(
        String documentNumber,
        int versionNumber,
        int supersededBy,
        LocalDate validTo) {
}
