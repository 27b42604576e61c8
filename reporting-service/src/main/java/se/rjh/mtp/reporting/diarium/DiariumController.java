package se.rjh.mtp.reporting.diarium;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.reporting.view.Diarium;
import se.rjh.mtp.reporting.pipeline.CaseSecrecy;

@RestController
@RequestMapping("/api/diarium")
@Tag(name = "Diarium", description = "The public register of cases, masked where a case is secrecy-marked. Any authenticated user.")
record DiariumController(DiariumRegister register) {

    @Operation(summary = "The diarium: every registered case by date received, secrecy-marked details masked")
    @GetMapping
    Diarium register(Authentication reader) {
        return register.entries(CaseSecrecy.mayReadProtected(reader));
    }
}
