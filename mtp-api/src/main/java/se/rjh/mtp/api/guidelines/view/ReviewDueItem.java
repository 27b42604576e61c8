package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A published guideline on the review schedule (planerad revision).
 *
 * @param daysLeft days from today to the review date; negative when overdue
 * @param reviewDueRaised whether the review-due event has been raised for the published version
 * @param openVersion the version being revised, or null
 */
@Schema(name = "ReviewDueItem")
public record ReviewDueItem(
        String documentNumber,
        String title,
        String ownerGroup,
        String processOwner,
        int publishedVersion,
        LocalDate nextReviewDate,
        long daysLeft,
        boolean overdue,
        boolean reviewDueRaised,
        Integer openVersion) {
}
