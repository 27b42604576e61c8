package se.rjh.mtp.api.reporting.view;

import java.util.List;

/**
 * Unfinished cases with an open consultation whose due date has passed
 *
 * @param caseIds Their case ids, sorted
 */
public record PastConsultationDue(
        int count,
        List<String> caseIds) {
}
