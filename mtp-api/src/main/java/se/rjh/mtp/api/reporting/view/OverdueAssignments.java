package se.rjh.mtp.api.reporting.view;

import java.util.List;

/**
 * Open assignments (issued, accepted or in progress) whose due date has passed
 *
 * @param assignmentIds Their assignment ids, sorted
 */
public record OverdueAssignments(
        int count,
        List<String> assignmentIds) {
}
