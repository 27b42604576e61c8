package se.rjh.mtp.guidelines.revision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.guidelines.view.ReviewDueItem;

@RestController
@RequestMapping("/api/guidelines/review-schedule")
@Tag(name = "Scheduled revision", description = "Planerad revision: what must be reviewed soon. Any authenticated user.")
class ReviewScheduleController {

    private final ReviewSchedule schedule;

    ReviewScheduleController(ReviewSchedule schedule) {
        this.schedule = schedule;
    }

    @Operation(summary = "Published guidelines due for review within 30, 60 or 90 days (overdue ones included)",
            description = "Any authenticated user. Sorted by review date.")
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<ReviewDueItem> due(@Parameter(description = "30, 60 or 90") @RequestParam(defaultValue = "90") int withinDays) {
        return schedule.due(withinDays);
    }
}
