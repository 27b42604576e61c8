package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "Unfinished cases with an open consultation whose due date has passed")
public record PastConsultationDue(
        int count,
        @Schema(description = "Their case ids, sorted") List<String> caseIds) {
}
