package se.rjh.mtp.guidelines.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
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
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.web.Commands;

@RestController
@RequestMapping("/api/guidelines/{documentNumber}/versions/{versionNumber}")
@Tag(name = "Review and approval", description = "Granskning och fastställande. No one reviews or approves a version they wrote (409).")
class ReviewController {

    private final Commands commands;

    ReviewController(Commands commands) {
        this.commands = commands;
    }

    @Operation(summary = "Send a DRAFT to its named reviewers (DRAFT → IN_REVIEW)", description = "Roles: CASE_OFFICER, LSG_CHAIR.")
    @PostMapping("/submission")
    @Access.CaseOfficerOrChair
    VersionStepChange submit(@PathVariable String documentNumber, @PathVariable int versionNumber,
                             @Valid @RequestBody ReviewRequests.Submission request) {
        return moved(documentNumber, versionNumber, VersionStatus.IN_REVIEW,
                new SubmitForReview(documentNumber, versionNumber, request.reviewers()));
    }

    @Operation(summary = "Record your verdict as a named reviewer; CHANGES_REQUESTED returns the version to DRAFT",
            description = "Roles: CASE_OFFICER, LSG_CHAIR, LAG_MEMBER, REGISTRAR, and the caller must be one of the "
                    + "named reviewers (the reviewer is always the authenticated user). One verdict per reviewer and round.")
    @PostMapping("/verdicts")
    @Access.Reviewer
    VerdictRecorded verdict(@PathVariable String documentNumber, @PathVariable int versionNumber,
                            @Valid @RequestBody ReviewRequests.VerdictRequest request) {
        commands.sendAndWait(new RecordReviewVerdict(documentNumber, versionNumber, request.verdict(), request.comment()));
        return new VerdictRecorded(documentNumber, versionNumber, request.verdict());
    }

    @Operation(summary = "Take a version out of review (IN_REVIEW → DRAFT); verdicts are cleared",
            description = "Roles: CASE_OFFICER, LSG_CHAIR.")
    @PostMapping("/return-to-draft")
    @Access.CaseOfficerOrChair
    VersionStepChange returnToDraft(@PathVariable String documentNumber, @PathVariable int versionNumber,
                                    @Valid @RequestBody ReviewRequests.ReturnRequest request) {
        return moved(documentNumber, versionNumber, VersionStatus.DRAFT,
                new ReturnToDraft(documentNumber, versionNumber, request.reason()));
    }

    @Operation(summary = "Approve (fastställ) a reviewed version (IN_REVIEW → APPROVED)",
            description = "Role: LSG_CHAIR (fastställare). Every named reviewer must have recorded APPROVE, and the "
                    + "chair must not be an author of the version.")
    @PostMapping("/approval")
    @Access.Chair
    VersionStepChange approve(@PathVariable String documentNumber, @PathVariable int versionNumber) {
        return moved(documentNumber, versionNumber, VersionStatus.APPROVED,
                new ApproveVersion(documentNumber, versionNumber, commands.today()));
    }

    /** Sends a command that moves the version; answers with the status the aggregate moves it to on success. */
    private VersionStepChange moved(String documentNumber, int versionNumber, VersionStatus to, Object command) {
        commands.sendAndWait(command);
        return new VersionStepChange(documentNumber, versionNumber, to.name());
    }
}
