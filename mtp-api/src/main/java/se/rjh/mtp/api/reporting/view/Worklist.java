package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "The signed-in user's work list (bevakning) by their roles: overdue items first, then by due "
        + "date")
public record Worklist(
        @Schema(description = "The signed-in user") String user,
        @Schema(description = "The day the list was read for (ISO date)") LocalDate today,
        List<WorklistItem> items) {
}
