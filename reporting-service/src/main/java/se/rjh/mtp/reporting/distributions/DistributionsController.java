package se.rjh.mtp.reporting.distributions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.reporting.view.DistributionsReport;
import se.rjh.mtp.reporting.readmodel.Generations;

/** Readable by anyone authenticated, like the dashboards: unit names and statuses, no links and no comments. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports: distributions", description = "Per distribution: which units have acknowledged, which wait and which are overdue. Any authenticated user.")
record DistributionsController(Generations generations) {

    @Operation(summary = "Per distribution to the units: who has acknowledged, who is waiting and who is overdue")
    @GetMapping("/distributions")
    DistributionsReport distributions() {
        return DistributionFigures.compute(generations.active(DistributionRows.MODEL).find().into(new ArrayList<>()));
    }
}
