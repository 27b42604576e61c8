package se.rjh.mtp.api.guidelines;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A draft was sent to its named reviewers (user names). */
@Revision("1")
public record VersionSubmittedForReview(
        String documentNumber,
        int versionNumber,
        List<String> reviewers,
        String submittedBy) {
}
