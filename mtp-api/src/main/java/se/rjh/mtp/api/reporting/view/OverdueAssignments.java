package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "Open assignments (issued, accepted or in progress) whose due date has passed")
public record OverdueAssignments(
        int count,
        @Schema(description = "Their assignment ids, sorted") List<String> assignmentIds) {
}
