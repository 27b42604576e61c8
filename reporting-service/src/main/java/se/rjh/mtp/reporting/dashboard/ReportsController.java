package se.rjh.mtp.reporting.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import se.rjh.mtp.api.reporting.view.DashboardReport;
import se.rjh.mtp.api.reporting.view.GuidelinesReport;
import se.rjh.mtp.api.reporting.view.InHouseDevicesReport;
import se.rjh.mtp.api.reporting.view.IncidentsReport;
import se.rjh.mtp.api.reporting.view.WorkingGroupsReport;

/** The dashboards as JSON and as a live stream; readable by anyone authenticated (figures only, no personal data). */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports: dashboards", description = "The dashboards' figures, as JSON and as a live stream. Any authenticated user.")
record ReportsController(DashboardFigures figures, DashboardUpdates updates) {

    @Operation(summary = "Every dashboard's figures at once")
    @GetMapping("/dashboard")
    DashboardReport dashboard() {
        return figures.all();
    }

    @Operation(summary = "The working-groups dashboard: LAG assignments by status, overdue ones, latest reports")
    @GetMapping("/working-groups")
    WorkingGroupsReport workingGroups() {
        return figures.workingGroups();
    }

    @Operation(summary = "The guidelines dashboard: published guidelines and reviews due")
    @GetMapping("/guidelines")
    GuidelinesReport guidelines() {
        return figures.guidelines();
    }

    @Operation(summary = "The incidents dashboard: incident cases and to whom they were reported")
    @GetMapping("/incidents")
    IncidentsReport incidents() {
        return figures.incidents();
    }

    @Operation(summary = "The register of in-house devices: devices per status, reviews and market searches due, "
            + "incidents per device, and every device's row")
    @GetMapping("/in-house-devices")
    InHouseDevicesReport inHouseDevices() {
        return figures.inHouseDevices();
    }

    /** Server-sent events: a {@code dashboard} event with all figures whenever new events were applied. */
    @Operation(summary = "Live figures: a server-sent 'dashboard' event with every dashboard after new events",
            responses = @ApiResponse(responseCode = "200", description = "An open event stream",
                    content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                            schema = @Schema(implementation = DashboardReport.class))))
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return updates.subscribe();
    }
}
