package se.rjh.mtp.reporting.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.reporting.view.AuditTrail;
import se.rjh.mtp.api.reporting.view.AuditTrailEntry;
import se.rjh.mtp.api.reporting.view.CaseAtInstant;
import se.rjh.mtp.platform.security.Access;

/** An auditor's view of one case: the full trail (JSON or CSV) or the case as it stood at an instant. */
@Tag(name = "Audit: case trail", description = "One case's full trail across services, or the case as it stood at an instant. Role: AUDITOR.")
@RestController
@RequestMapping("/api/audit/cases")
// The trail shows every entry's data, secrecy-marked senders and subjects included: the auditor's alone (issue 7);
// ADMIN runs replay and verification but does not read case contents. Text case-service encrypted while a case was
// marked reads [Skyddat] here (reporting holds no key): the auditor reads it in case-service's history.
class AuditController {

    static final String TEXT_CSV = "text/csv";

    private final CaseTrail trail;

    AuditController(CaseTrail trail) {
        this.trail = trail;
    }

    /**
     * With {@code asOf}: the case as it stood then. Otherwise the trail, as JSON, or as CSV when {@code format=csv}
     * or the Accept header asks for text/csv ({@code format} wins). One operation, as clients have always called it.
     */
    @Operation(summary = "The case's full trail across services (JSON or CSV), or the case as it stood at an instant",
            responses = @ApiResponse(responseCode = "200",
                    description = "The trail; with asOf, the case at that instant; as CSV, a download", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(
                            oneOf = {AuditTrail.class, CaseAtInstant.class})),
                    @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string",
                            description = "RFC 4180 CSV, one line per entry under a header line"))}))
    @GetMapping("/{id}")
    @Access.Auditor
    ResponseEntity<?> trail(@PathVariable String id,
                            @Parameter(description = "An ISO-8601 instant, e.g. 2026-11-20T10:15:00Z")
                            @RequestParam(required = false) String asOf,
                            @Parameter(description = "csv or json") @RequestParam(required = false) String format,
                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (asOf != null) {
            return ResponseEntity.ok(trail.at(id, parseInstant(asOf)));
        }
        AuditTrail view = trail.of(id);
        return jsonOrCsv(view, view.entries(), "arende-" + id, format, accept);
    }

    /**
     * A trail as JSON, or as a CSV download when {@code format=csv} or the Accept header asks for text/csv
     * ({@code format} wins).
     */
    static ResponseEntity<?> jsonOrCsv(Object view, List<AuditTrailEntry> entries, String fileName, String format,
                                       String accept) {
        if (wantsCsv(format, accept)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safeName(fileName) + ".csv\"")
                    .body(CsvExport.toCsv(entries));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    private static boolean wantsCsv(String format, String accept) {
        if (format != null) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw new InvalidInputException("format", "must be csv or json");
            }
            return format.equals("csv");
        }
        return accept != null && accept.contains(TEXT_CSV);
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
