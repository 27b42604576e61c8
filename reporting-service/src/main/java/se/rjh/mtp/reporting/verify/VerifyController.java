package se.rjh.mtp.reporting.verify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.reporting.view.ChainVerificationReport;

@Tag(name = "Audit: tamper evidence")
@RestController
class VerifyController {

    private final ChainVerification verification;

    VerifyController(ChainVerification verification) {
        this.verification = verification;
    }

    @Operation(summary = "Recompute every event's hash chain and report what was changed, removed or reordered")
    @GetMapping("/api/audit/verify")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    ChainVerificationReport verify() {
        return verification.verify();
    }
}
