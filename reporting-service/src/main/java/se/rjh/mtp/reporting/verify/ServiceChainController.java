package se.rjh.mtp.reporting.verify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.reporting.view.ServiceChainVerification;

/**
 * The verification of the copy, service by service: the auditor's page shows each writing service's result and its
 * first bad event. The services' own stores are verified by their ADMIN-only endpoint, which auditors cannot call.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit: tamper evidence")
class ServiceChainController {

    private final ChainVerification verification;

    ServiceChainController(ChainVerification verification) {
        this.verification = verification;
    }

    @Operation(summary = "Recompute the hash chains of each writing service's events in this copy, service by service")
    @GetMapping("/verify/services")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    ServiceChainVerification verifyPerService() {
        return new ServiceChainVerification(verification.verifyPerService().entrySet().stream()
                .map(report -> new ServiceChainVerification.ServiceReport(report.getKey(), report.getValue()))
                .toList());
    }
}
