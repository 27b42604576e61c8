package se.rjh.mtp.guidelines.revision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.guidelines.view.FlagAcknowledgement;
import se.rjh.mtp.api.guidelines.view.ReviewDueItem;
import se.rjh.mtp.guidelines.domain.Commands.AcknowledgeRegulatoryFlag;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.web.Commands;

/** Scheduled revision (planerad revision): the review schedule, and acknowledging a regulatory-change flag. */
@RestController
@RequestMapping("/api/guidelines")
@Tag(name = "Scheduled revision", description = "Planerad revision: what must be reviewed soon. Any authenticated user.")
class RevisionController {

    private final ReviewSchedule schedule;
    private final Commands commands;

    RevisionController(ReviewSchedule schedule, Commands commands) {
        this.schedule = schedule;
        this.commands = commands;
    }

    @Operation(summary = "Published guidelines due for review within 30, 60 or 90 days (overdue ones included)",
            description = "Any authenticated user. Sorted by review date.")
    @GetMapping("/review-schedule")
    @Access.SignedIn
    List<ReviewDueItem> due(@Parameter(description = "30, 60 or 90") @RequestParam(defaultValue = "90") int withinDays) {
        return schedule.due(withinDays);
    }

    @Operation(summary = "Acknowledge (kvittera) a regulatory-change flag; the flag stays listed with who and when",
            description = "Roles: CASE_OFFICER, LSG_CHAIR. 404 when the guideline has no such flag, 409 when it is "
                    + "already acknowledged or the guideline is retired.")
    @PostMapping("/{documentNumber}/regulatory-flags/{followUpId}/acknowledgement")
    @Access.CaseOfficerOrChair
    FlagAcknowledgement acknowledge(@PathVariable String documentNumber, @PathVariable String followUpId,
                                    Authentication caller) {
        var today = commands.today();
        commands.sendAndWait(new AcknowledgeRegulatoryFlag(documentNumber, followUpId, today));
        return new FlagAcknowledgement(documentNumber, followUpId, caller.getName(), today);
    }
}
