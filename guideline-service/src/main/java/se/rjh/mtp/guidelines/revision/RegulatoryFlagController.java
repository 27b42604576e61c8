package se.rjh.mtp.guidelines.revision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.guidelines.view.FlagAcknowledgement;
import se.rjh.mtp.guidelines.domain.Commands.AcknowledgeRegulatoryFlag;
import se.rjh.mtp.platform.web.Commands;

@RestController
@RequestMapping("/api/guidelines/{documentNumber}/regulatory-flags/{followUpId}")
@Tag(name = "Scheduled revision", description = "Planerad revision: what must be reviewed soon. Any authenticated user.")
class RegulatoryFlagController {

    private final Commands commands;

    RegulatoryFlagController(Commands commands) {
        this.commands = commands;
    }

    @Operation(summary = "Acknowledge (kvittera) a regulatory-change flag; the flag stays listed with who and when",
            description = "Roles: CASE_OFFICER, LSG_CHAIR. 404 when the guideline has no such flag, 409 when it is "
                    + "already acknowledged or the guideline is retired.")
    @PostMapping("/acknowledgement")
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'LSG_CHAIR')")
    FlagAcknowledgement acknowledge(@PathVariable String documentNumber, @PathVariable String followUpId,
                                    Authentication caller) {
        var today = commands.today();
        commands.sendAndWait(new AcknowledgeRegulatoryFlag(documentNumber, followUpId, today));
        return new FlagAcknowledgement(documentNumber, followUpId, caller.getName(), today);
    }
}
