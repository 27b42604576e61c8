package se.rjh.mtp.api.reporting.view;

import java.util.Map;

/**
 * The guidelines dashboard: published documents and their scheduled reviews
 *
 * @param total Number of guidelines
 * @param published Guidelines with a version in force
 * @param reviewsDueWithin Published guidelines whose review is due within 30, 60 and 90 days (keys "30", "60", "90";
 *                        cumulative, overdue ones excluded)
 * @param reviewsOverdue Published guidelines whose review date has passed
 */
public record GuidelinesReport(
        int total,
        long published,
        Map<String, Long> reviewsDueWithin,
        long reviewsOverdue) {
}
