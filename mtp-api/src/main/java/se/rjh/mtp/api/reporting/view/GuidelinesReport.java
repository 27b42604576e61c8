package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

@Schema(description = "The guidelines dashboard: published documents and their scheduled reviews")
public record GuidelinesReport(
        @Schema(description = "Number of guidelines") int total,
        @Schema(description = "Guidelines with a version in force") long published,
        @Schema(description = "Published guidelines whose review is due within 30, 60 and 90 days (keys \"30\", "
                + "\"60\", \"90\"; cumulative, overdue ones excluded)") Map<String, Long> reviewsDueWithin,
        @Schema(description = "Published guidelines whose review date has passed") long reviewsOverdue) {
}
