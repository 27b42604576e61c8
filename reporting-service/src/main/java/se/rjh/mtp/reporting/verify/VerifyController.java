package se.rjh.mtp.reporting.verify;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Audit: tamper evidence")
@RestController
class VerifyController {

    private final ChainVerification verification;

    VerifyController(ChainVerification verification) {
        this.verification = verification;
    }

    @GetMapping("/api/audit/verify")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    Map<String, Object> verify() {
        return verification.verify();
    }
}
