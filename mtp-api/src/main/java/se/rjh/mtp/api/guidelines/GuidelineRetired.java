package se.rjh.mtp.api.guidelines;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The guideline no longer applies; its versions stay readable. */
@Revision("1")
public record GuidelineRetired(
        String documentNumber,
        String reason,
        String retiredBy,
        LocalDate retiredOn) {
}
