package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A published guideline on the review schedule (planerad revision). */
@Schema(name = "ReviewDueItem", description = "A published guideline whose review date falls within the horizon")
public record ReviewDueItem(
        String documentNumber,
        String title,
        String ownerGroup,
        String processOwner,
        int publishedVersion,
        LocalDate nextReviewDate,
        @Schema(description = "days from today to the review date; negative when overdue") long daysLeft,
        boolean overdue,
        @Schema(description = "whether the review-due event has been raised for the published version")
        boolean reviewDueRaised,
        @Schema(description = "the version being revised, or null") Integer openVersion) {
}
