package se.rjh.mtp.api.reporting.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

@Schema(description = "One working group's assignments by status")
public record GroupStates(
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The group's name; absent until an assignment event carried it") String name,
        @Schema(description = "Assignments per status (AssignmentStatus name, or UNKNOWN)")
        Map<String, Integer> byState) {
}
