package se.rjh.mtp.guidelines.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.guidelines.view.VerdictRecorded;
import se.rjh.mtp.api.guidelines.view.VersionStepChange;
import se.rjh.mtp.guidelines.domain.Commands.ApproveVersion;
import se.rjh.mtp.guidelines.domain.Commands.RecordReviewVerdict;
import se.rjh.mtp.guidelines.domain.Commands.ReturnToDraft;
import se.rjh.mtp.guidelines.domain.Commands.SubmitForReview;
import se.rjh.mtp.guidelines.domain.VersionStatus;

@RestController
@RequestMapping("/api/guidelines/{documentNumber}/versions/{versionNumber}")
@Tag(name = "Review and approval", description = "Granskning och fastställande. No one reviews or approves a version "
        + "they wrote (409).")
class ReviewController {

    private final CommandGateway commands;
    private final Clock clock;

    ReviewController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/submission")
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'LSG_CHAIR')")
    @Operation(summary = "Send a DRAFT to its named reviewers (DRAFT → IN_REVIEW)", description = "Roles: CASE_OFFICER, LSG_CHAIR.")
    VersionStepChange submit(@PathVariable String documentNumber, @PathVariable int versionNumber,
                             @Valid @RequestBody ReviewRequests.Submission request) {
        commands.sendAndWait(new SubmitForReview(documentNumber, versionNumber, request.reviewers()));
        return new VersionStepChange(documentNumber, versionNumber, VersionStatus.IN_REVIEW.name());
    }

    @PostMapping("/verdicts")
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'LSG_CHAIR', 'LAG_MEMBER', 'REGISTRAR')")
    @Operation(summary = "Record your verdict as a named reviewer; CHANGES_REQUESTED returns the version to DRAFT",
            description = "Roles: CASE_OFFICER, LSG_CHAIR, LAG_MEMBER, REGISTRAR, and the caller must be one of the "
                    + "named reviewers (the reviewer is always the authenticated user). One verdict per reviewer and round.")
    VerdictRecorded verdict(@PathVariable String documentNumber, @PathVariable int versionNumber,
                            @Valid @RequestBody ReviewRequests.VerdictRequest request) {
        commands.sendAndWait(new RecordReviewVerdict(documentNumber, versionNumber, request.verdict(), request.comment()));
        return new VerdictRecorded(documentNumber, versionNumber, request.verdict());
    }

    @PostMapping("/return-to-draft")
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'LSG_CHAIR')")
    @Operation(summary = "Take a version out of review (IN_REVIEW → DRAFT); verdicts are cleared",
            description = "Roles: CASE_OFFICER, LSG_CHAIR.")
    VersionStepChange returnToDraft(@PathVariable String documentNumber, @PathVariable int versionNumber,
                                    @Valid @RequestBody ReviewRequests.ReturnRequest request) {
        commands.sendAndWait(new ReturnToDraft(documentNumber, versionNumber, request.reason()));
        return new VersionStepChange(documentNumber, versionNumber, VersionStatus.DRAFT.name());
    }

    @PostMapping("/approval")
    @PreAuthorize("hasRole('LSG_CHAIR')")
    @Operation(summary = "Approve (fastställ) a reviewed version (IN_REVIEW → APPROVED)",
            description = "Role: LSG_CHAIR (fastställare). Every named reviewer must have recorded APPROVE, and the "
                    + "chair must not be an author of the version.")
    VersionStepChange approve(@PathVariable String documentNumber, @PathVariable int versionNumber) {
        commands.sendAndWait(new ApproveVersion(documentNumber, versionNumber, LocalDate.now(clock)));
        return new VersionStepChange(documentNumber, versionNumber, VersionStatus.APPROVED.name());
    }
}
