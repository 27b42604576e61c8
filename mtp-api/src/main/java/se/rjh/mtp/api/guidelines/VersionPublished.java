package se.rjh.mtp.api.guidelines;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An approved version became the valid one; it must be reviewed again by {@code nextReviewDate}. */
@Revision("1")
public record VersionPublished(
        String documentNumber,
        int versionNumber,
        LocalDate validFrom,
        LocalDate nextReviewDate,
        String publishedBy) {
}
