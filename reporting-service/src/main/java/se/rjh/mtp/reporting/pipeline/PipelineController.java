package se.rjh.mtp.reporting.pipeline;

import com.mongodb.client.model.Filters;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.reporting.dashboard.DashboardFigures;
import se.rjh.mtp.reporting.readmodel.Generations;

/** Readable by anyone authenticated: the figures hold no personal data. */
@Tag(name = "Reports: case pipeline")
@RestController
@RequestMapping("/api/reports")
class PipelineController {

    private final Generations generations;
    private final DashboardFigures figures;

    PipelineController(Generations generations, DashboardFigures figures) {
        this.generations = generations;
        this.figures = figures;
    }

    @GetMapping("/cases/{id}")
    Map<String, Object> caseById(@PathVariable String id) {
        Document doc = generations.active(CasePipelineRows.MODEL).find(Filters.eq("_id", id)).first();
        if (doc == null) {
            throw new NotFoundException("Case", id);
        }
        doc.put("id", doc.remove("_id"));
        if (doc.getBoolean("secret", false)) {
            // Anyone authenticated reads reports; secrecy-marked details are for the audit trail only.
            doc.put("subject", "[Skyddat]");
            doc.put("sender", "[Skyddat]");
        }
        return doc;
    }

    @GetMapping("/pipeline")
    Map<String, Object> pipeline() {
        return figures.pipeline();
    }
}
