package se.rjh.mtp.cases.decision;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.cases.domain.CloseCase;
import se.rjh.mtp.cases.domain.DecideCase;
import se.rjh.mtp.cases.domain.ProposalIncompleteException;
import se.rjh.mtp.cases.domain.ProposeDecision;
import se.rjh.mtp.cases.domain.ReturnProposal;
import se.rjh.mtp.cases.domain.VoidCase;

@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "Beslut", description = "Förslag till beslut, återremiss, beslut, avslut och makulering")
class DecisionController {

    private final CommandGateway commands;
    private final Clock clock;

    DecisionController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record ProposalRequest(@NotBlank @Size(max = 20_000) String proposal, @NotBlank @Size(max = 20_000) String rationale,
                           @Size(max = 20_000) String noConsultationReason) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 20_000) String reason) {
    }

    /** {@code decidedOn} defaults to today; follow-ups are optional. */
    public record DecisionRequest(@NotBlank @Size(max = 20_000) String decision, @NotNull DecisionBody decidedBy,
                           LocalDate decidedOn, List<@NotNull FollowUp> followUps) {
    }

    public record ClosureRequest(@Size(max = 20_000) String note) {
    }

    @PostMapping("/proposal")
    @PreAuthorize("hasRole('CASE_OFFICER')")
    Map<String, Object> propose(@PathVariable String id, @Valid @RequestBody ProposalRequest request) {
        return step(id, commands.sendAndWait(new ProposeDecision(id, request.proposal(), request.rationale(),
                request.noConsultationReason())));
    }

    @PostMapping("/return")
    @PreAuthorize("hasRole('LSG_CHAIR')")
    Map<String, Object> sendBack(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        return step(id, commands.sendAndWait(new ReturnProposal(id, request.reason())));
    }

    @PostMapping("/decision")
    @PreAuthorize("hasRole('LSG_CHAIR')")
    Map<String, Object> decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request) {
        LocalDate decidedOn = request.decidedOn() != null ? request.decidedOn() : LocalDate.now(clock);
        return step(id, commands.sendAndWait(new DecideCase(id, request.decision(), request.decidedBy(), decidedOn,
                request.followUps())));
    }

    @PostMapping("/closure")
    @PreAuthorize("hasRole('LSG_CHAIR')")
    Map<String, Object> close(@PathVariable String id, @Valid @RequestBody(required = false) ClosureRequest request) {
        return step(id, commands.sendAndWait(new CloseCase(id, LocalDate.now(clock),
                request == null ? null : request.note())));
    }

    @PostMapping("/voiding")
    @PreAuthorize("hasAnyRole('REGISTRAR', 'LSG_CHAIR')")
    Map<String, Object> voidCase(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        return step(id, commands.sendAndWait(new VoidCase(id, request.reason())));
    }

    /** Like every refused transition, plus the whole list of what is missing, so it can be shown as a checklist. */
    @ExceptionHandler(ProposalIncompleteException.class)
    ProblemDetail incomplete(ProposalIncompleteException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("The proposal is incomplete");
        problem.setProperty("currentStep", e.currentState());
        problem.setProperty("needed", e.needed());
        problem.setProperty("missing", e.missing());
        return problem;
    }

    private static Map<String, Object> step(String id, Object step) {
        return Map.of("id", id, "step", step);
    }
}
