package se.rjh.mtp.reporting.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.reporting.view.DeviceAuditTrail;
import se.rjh.mtp.platform.security.Access;

/** An auditor's view of one in-house device of the register: its full trail, as JSON or CSV. */
@Tag(name = "Audit: in-house device trail", description = "One in-house device's full trail across services. Role: AUDITOR.")
@RestController
@RequestMapping("/api/audit/devices")
// The auditor's alone, as the case trail: it shows incident details of cases, secrecy-marked ones included.
class DeviceAuditController {

    private final DeviceTrail trail;

    DeviceAuditController(DeviceTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "The in-house device's full trail across services (JSON or CSV)",
            responses = @ApiResponse(responseCode = "200", description = "The trail; as CSV, a download", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = DeviceAuditTrail.class)),
                    @Content(mediaType = AuditController.TEXT_CSV, schema = @Schema(type = "string",
                            description = "RFC 4180 CSV, one line per entry under a header line"))}))
    @GetMapping("/{id}")
    @Access.Auditor
    ResponseEntity<?> trail(@Parameter(description = "The register id, EGT-<n>") @PathVariable String id,
                            @Parameter(description = "csv or json") @RequestParam(required = false) String format,
                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        DeviceAuditTrail view = trail.of(id);
        return AuditController.jsonOrCsv(view, view.entries(), "egentillverkning-" + id, format, accept);
    }
}
