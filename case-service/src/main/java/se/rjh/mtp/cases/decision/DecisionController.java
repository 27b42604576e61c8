package se.rjh.mtp.cases.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.cases.view.CaseReference;
import se.rjh.mtp.api.cases.view.CaseStepChange;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.cases.domain.CloseCase;
import se.rjh.mtp.cases.domain.DecideCase;
import se.rjh.mtp.cases.domain.ProposeDecision;
import se.rjh.mtp.cases.domain.RecordFollowUpOutcome;
import se.rjh.mtp.cases.domain.ReopenCase;
import se.rjh.mtp.cases.domain.ReturnProposal;
import se.rjh.mtp.cases.domain.VoidCase;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.security.Roles;
import se.rjh.mtp.platform.web.Commands;

@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "Beslut", description = "Förslag till beslut, återremiss, beslut, avslut och makulering")
class DecisionController {

    private final Commands commands;

    DecisionController(Commands commands) {
        this.commands = commands;
    }

    public record ProposalRequest(@NotBlank @Size(max = TextRules.TEXT) String proposal,
                                  @NotBlank @Size(max = TextRules.PARAGRAPH) String rationale,
                                  @Size(max = TextRules.PARAGRAPH) String noConsultationReason) {
    }

    public record ReasonRequest(@NotBlank @Size(max = TextRules.PARAGRAPH) String reason) {
    }

    /** {@code decidedOn} defaults to today; follow-ups are optional. */
    public record DecisionRequest(@NotBlank @Size(max = TextRules.TEXT) String decision,
                                  @NotNull DecisionBody decidedBy,
                                  LocalDate decidedOn, List<@NotNull FollowUp> followUps) {
    }

    /** {@code openFollowUpsReason}: only the chair's, to close while follow-ups are still open. */
    public record ClosureRequest(@Size(max = TextRules.TEXT) String note,
                                 @Size(max = TextRules.PARAGRAPH) String openFollowUpsReason) {
    }

    /** {@code reason} is required for NOT_POSSIBLE. */
    public record FollowUpOutcomeRequest(@NotNull FollowUpOutcome outcome,
                                         @Size(max = TextRules.PARAGRAPH) String reason) {
    }

    @Operation(summary = "Propose a decision: needs the type-specific data and every consultation closed")
    @PostMapping("/proposal")
    @Access.CaseOfficer
    @ApiResponse(responseCode = "200", description = "The case's new step", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The case is not in preparation, or the proposal is incomplete:"
            + " 'missing' lists every item still needed", content = @Content(mediaType = "application/problem+json"))
    CaseStepChange propose(@PathVariable String id, @Valid @RequestBody ProposalRequest request) {
        return step(id, commands.sendAndWait(new ProposeDecision(id, request.proposal(), request.rationale(),
                request.noConsultationReason())));
    }

    @Operation(summary = "Send a proposal back to preparation (återremiss), with a reason")
    @PostMapping("/return")
    @Access.Chair
    CaseStepChange sendBack(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        return step(id, commands.sendAndWait(new ReturnProposal(id, request.reason())));
    }

    @Operation(summary = "Decide on the proposal, with the follow-ups other services act on")
    @PostMapping("/decision")
    @Access.Chair
    CaseStepChange decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request) {
        LocalDate decidedOn = commands.todayUnless(request.decidedOn());
        return step(id, commands.sendAndWait(new DecideCase(id, request.decision(), request.decidedBy(), decidedOn,
                request.followUps())));
    }

    @Operation(summary = "Close a decided case: every follow-up DONE or NOT_POSSIBLE, or the chair's reason")
    @PostMapping("/closure")
    @Access.Chair
    @ApiResponse(responseCode = "200", description = "The case's new step", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The case is not decided, or follow-ups are open:"
            + " 'openFollowUps' lists their ids", content = @Content(mediaType = "application/problem+json"))
    CaseStepChange close(@PathVariable String id, @Valid @RequestBody(required = false) ClosureRequest request,
                         Authentication user) {
        return step(id, commands.sendAndWait(new CloseCase(id, commands.today(),
                request == null ? null : request.note(), request == null ? null : request.openFollowUpsReason(),
                Roles.anyHeld(user, Roles.LSG_CHAIR))));
    }

    @Operation(summary = "Record how an OTHER follow-up ended, DONE or NOT_POSSIBLE with a reason "
            + "(a case officer only on their own case)")
    @PostMapping("/follow-ups/{followUpId}/outcome")
    @Access.CaseOfficerOrChair
    @ApiResponse(responseCode = "200", description = "The case", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No such case or follow-up",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Not an OTHER follow-up, or it already has another outcome",
            content = @Content(mediaType = "application/problem+json"))
    CaseReference recordFollowUpOutcome(@PathVariable String id, @PathVariable String followUpId,
                                        @Valid @RequestBody FollowUpOutcomeRequest request, Authentication user) {
        commands.sendAndWait(new RecordFollowUpOutcome(id, followUpId, request.outcome(), request.reason(),
                commands.today(), Roles.anyHeld(user, Roles.LSG_CHAIR)));
        return new CaseReference(id);
    }

    @Operation(summary = "Reopen a closed case, with a reason: it goes back to preparation")
    @PostMapping("/reopening")
    @Access.Chair
    CaseStepChange reopen(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        return step(id, commands.sendAndWait(new ReopenCase(id, request.reason())));
    }

    @Operation(summary = "Void (makulera) a case that is not yet decided, with a reason")
    @PostMapping("/voiding")
    @Access.RegistrarOrChair
    CaseStepChange voidCase(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        return step(id, commands.sendAndWait(new VoidCase(id, request.reason())));
    }

    private static CaseStepChange step(String id, CaseStep step) {
        return new CaseStepChange(id, step);
    }
}
