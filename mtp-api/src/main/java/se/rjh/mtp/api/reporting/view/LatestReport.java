package se.rjh.mtp.api.reporting.view;


/**
 * The latest progress report of one assignment
 *
 * @param status Traffic-light status of the report (GREEN, YELLOW, RED)
 * @param reportedAt When it was reported (ISO-8601 instant)
 */
public record LatestReport(
        String assignmentId,
        String groupId,
        String status,
        String reportedAt) {
}
