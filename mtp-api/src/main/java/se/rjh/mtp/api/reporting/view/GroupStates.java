package se.rjh.mtp.api.reporting.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One working group's assignments by status
 *
 * @param name The group's name; absent until an assignment event carried it
 * @param byState Assignments per status (AssignmentStatus name, or UNKNOWN)
 */
public record GroupStates(
        @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        Map<String, Integer> byState) {
}
