package se.rjh.mtp.api.reporting.view;

import java.time.LocalDate;
import java.util.List;

/**
 * The signed-in user's work list (bevakning) by their roles: overdue items first, then by due date
 *
 * @param user The signed-in user
 * @param today The day the list was read for (ISO date)
 */
public record Worklist(
        String user,
        LocalDate today,
        List<WorklistItem> items) {
}
