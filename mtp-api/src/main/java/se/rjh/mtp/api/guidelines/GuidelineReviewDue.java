package se.rjh.mtp.api.guidelines;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The published version reached its scheduled review date (planerad revision). Raised once per published version. */
@Revision("1")
public record GuidelineReviewDue(
        String documentNumber,
        int versionNumber,
        LocalDate reviewDate,
        String title) {
}
