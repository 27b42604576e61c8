package se.rjh.mtp.reporting.verify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.reporting.view.ChainAnchors;
import se.rjh.mtp.api.reporting.view.ChainVerificationReport;
import se.rjh.mtp.api.reporting.view.ServiceChainVerification;
import se.rjh.mtp.platform.security.Access;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit: tamper evidence", description = "Hash-chain verification and the anchors that detect deleted latest events. AUDITOR or ADMIN.")
class VerifyController {

    private final ChainVerification verification;
    private final ChainAnchoring anchoring;

    VerifyController(ChainVerification verification, ChainAnchoring anchoring) {
        this.verification = verification;
        this.anchoring = anchoring;
    }

    @Operation(summary = "Recompute every event's hash chain and report what was changed, removed or reordered")
    @GetMapping("/verify")
    @Access.AuditorOrAdmin
    ChainVerificationReport verify() {
        return verification.verify();
    }

    /**
     * The same, service by service: the auditor's page shows each writing service's result and its first bad event.
     * The services' own stores are verified by their ADMIN-only endpoint, which auditors cannot call.
     */
    @Operation(summary = "Recompute the hash chains of each writing service's events in this copy, service by service")
    @GetMapping("/verify/services")
    @Access.AuditorOrAdmin
    ServiceChainVerification verifyPerService() {
        return new ServiceChainVerification(verification.verifyPerService().entrySet().stream()
                .map(report -> new ServiceChainVerification.ServiceReport(report.getKey(), report.getValue()))
                .toList());
    }

    @Operation(summary = "Each aggregate's last event of one writing service as received over Kafka: POST it to that "
            + "service's /api/admin/event-store/verify to detect deleted latest events")
    @GetMapping("/anchors")
    @Access.AuditorOrAdmin
    ChainAnchors anchors(@Parameter(description = "case-service, group-service or guideline-service")
                         @RequestParam(required = false) String service) {
        return anchoring.heads(service);
    }
}
