package se.rjh.mtp.reporting.diarium;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.reporting.pipeline.CasePipelineRows;
import se.rjh.mtp.reporting.readmodel.Generations;

/**
 * The register as the public-records law asks: diarienummer, date received, sender and subject. Where the case
 * carries a secrecy marking, sender and subject read {@value #PROTECTED}; the entry itself is always listed.
 */
@Tag(name = "Diarium")
@RestController
class DiariumController {

    static final String PROTECTED = "[Skyddat]";

    private final Generations generations;

    DiariumController(Generations generations) {
        this.generations = generations;
    }

    @GetMapping("/api/diarium")
    Map<String, Object> register() {
        List<Document> rows = generations.active(CasePipelineRows.MODEL).find().into(new ArrayList<>());
        List<Map<String, Object>> entries = rows.stream().filter(r -> r.getString("caseNumber") != null)
                .sorted(Comparator.comparing((Document r) -> String.valueOf(r.getString("receivedOn")))
                        .thenComparing(r -> r.getString("caseNumber")))
                .map(DiariumController::entry).toList();
        return Map.of("entries", entries);
    }

    static Map<String, Object> entry(Document row) {
        boolean secret = row.getBoolean("secret", false);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("caseNumber", row.getString("caseNumber"));
        entry.put("receivedOn", row.getString("receivedOn"));
        entry.put("sender", secret ? PROTECTED : row.getString("sender"));
        entry.put("subject", secret ? PROTECTED : row.getString("subject"));
        entry.put("secrecyMarked", secret);
        return entry;
    }
}
