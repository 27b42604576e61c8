package se.rjh.mtp.reporting.audit;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;

/** An auditor's view of one case: the full trail (JSON or CSV) or the case as it stood at an instant. */
@Tag(name = "Audit: case trail")
@RestController
@RequestMapping("/api/audit/cases")
// The trail shows every entry's data, secrecy-marked senders and subjects included: the auditor's alone (issue 7);
// ADMIN runs replay and verification but does not read case contents.
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

    private final CaseTrail trail;

    AuditController(CaseTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/{id}")
    ResponseEntity<?> trail(@PathVariable String id, @RequestParam(required = false) String asOf,
                            @RequestParam(required = false) String format,
                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (asOf != null) {
            Map<String, Object> view = PointInTime.fold(id, trail.ownEvents(id), parseInstant(asOf));
            if (view == null) {
                throw new NotFoundException("Case at " + asOf, id);
            }
            return ResponseEntity.ok(view);
        }
        List<Document> records = trail.trail(id);
        if (records.stream().noneMatch(r -> id.equals(r.getString("aggregateId")))) {
            throw new NotFoundException("Case", id);
        }
        List<Map<String, Object>> entries = records.stream().map(CaseTrail::entry).toList();
        if (wantsCsv(format, accept)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"arende-" + safeName(id) + ".csv\"")
                    .body(CsvExport.toCsv(entries));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", id);
        body.put("entries", entries);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static boolean wantsCsv(String format, String accept) {
        if (format != null) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw new InvalidInputException("format", "must be csv or json");
            }
            return format.equals("csv");
        }
        return accept != null && accept.contains("text/csv");
    }

    private static Instant parseInstant(String asOf) {
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "must be an ISO-8601 instant, e.g. 2026-11-20T10:15:00Z");
        }
    }

    private static String safeName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
