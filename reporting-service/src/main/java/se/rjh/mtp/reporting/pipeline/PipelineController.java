package se.rjh.mtp.reporting.pipeline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.NotFoundException;

@RestController
@RequestMapping("/api/reports")
class PipelineController {

    private final MongoCollection<Document> cases;

    PipelineController(MongoDatabase database) {
        this.cases = database.getCollection("pipeline_cases");
    }

    @GetMapping("/cases/{id}")
    Map<String, Object> caseById(@PathVariable String id) {
        Document doc = cases.find(Filters.eq("_id", id)).first();
        if (doc == null) {
            throw new NotFoundException("Case", id);
        }
        doc.put("id", doc.remove("_id"));
        return doc;
    }

    @GetMapping("/pipeline")
    Map<String, Object> pipeline() {
        Map<String, Integer> perStep = new TreeMap<>();
        Map<String, Integer> perType = new TreeMap<>();
        List<Document> all = cases.find().into(new ArrayList<>());
        for (Document doc : all) {
            perStep.merge(doc.getString("step"), 1, Integer::sum);
            perType.merge(doc.getString("caseType"), 1, Integer::sum);
        }
        return Map.of("total", all.size(), "perStep", perStep, "perCaseType", perType);
    }
}
