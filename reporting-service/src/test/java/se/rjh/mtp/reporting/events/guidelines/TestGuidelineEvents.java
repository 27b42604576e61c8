package se.rjh.mtp.reporting.events.guidelines;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Stand-ins for guideline-service events (read by type name and field names only). */
public final class TestGuidelineEvents {

    private TestGuidelineEvents() {
    }

    @Revision("1")
    public record GuidelineRevisionStarted(String guidelineId, String guidelineNumber, String title,
                                           String sourceCaseId) {
    }

    @Revision("1")
    public record VersionPublished(String guidelineId, String guidelineNumber, LocalDate nextReviewOn) {
    }
}
