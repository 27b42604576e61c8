package se.rjh.mtp.reporting.pipeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.reporting.view.CaseRow;
import se.rjh.mtp.api.reporting.view.PipelineReport;
import se.rjh.mtp.reporting.dashboard.DashboardFigures;

/** Readable by anyone authenticated: secrecy-marked details are masked for readers without access. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports: case pipeline", description = "Cases by step and one case's report row. Any authenticated user; secrecy-marked details masked.")
record PipelineController(CaseReports cases, DashboardFigures figures) {

    @Operation(summary = "One case's report row: step, steps entered with their times, consultations")
    @GetMapping("/cases/{id}")
    CaseRow caseById(@PathVariable String id, Authentication reader) {
        return cases.byId(id, CaseSecrecy.mayReadProtected(reader));
    }

    @Operation(summary = "The case pipeline dashboard's figures")
    @GetMapping("/pipeline")
    PipelineReport pipeline() {
        return figures.pipeline();
    }
}
