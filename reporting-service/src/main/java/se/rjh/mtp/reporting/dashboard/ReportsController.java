package se.rjh.mtp.reporting.dashboard;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The dashboards as JSON and as a live stream; readable by anyone authenticated (figures only, no personal data). */
@Tag(name = "Reports: dashboards")
@RestController
@RequestMapping("/api/reports")
class ReportsController {

    private final DashboardFigures figures;
    private final DashboardUpdates updates;

    ReportsController(DashboardFigures figures, DashboardUpdates updates) {
        this.figures = figures;
        this.updates = updates;
    }

    @GetMapping("/dashboard")
    Map<String, Object> dashboard() {
        return figures.all();
    }

    @GetMapping("/working-groups")
    Map<String, Object> workingGroups() {
        return figures.workingGroups();
    }

    @GetMapping("/guidelines")
    Map<String, Object> guidelines() {
        return figures.guidelines();
    }

    @GetMapping("/incidents")
    Map<String, Object> incidents() {
        return figures.incidents();
    }

    /** Server-sent events: a {@code dashboard} event with all figures whenever new events were applied. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return updates.subscribe();
    }
}
