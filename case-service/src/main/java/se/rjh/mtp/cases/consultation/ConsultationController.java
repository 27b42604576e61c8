package se.rjh.mtp.cases.consultation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.view.ConsultationCreated;
import se.rjh.mtp.api.cases.view.ConsultationReference;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.cases.domain.AnswerConsultation;
import se.rjh.mtp.cases.domain.ChangeConsultationDueDate;
import se.rjh.mtp.cases.domain.RequestConsultation;
import se.rjh.mtp.cases.domain.WaiveConsultation;
import se.rjh.mtp.cases.domain.WithdrawConsultation;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.security.Roles;
import se.rjh.mtp.platform.web.Commands;

@RestController
@RequestMapping("/api/cases/{id}/consultations")
@Tag(name = "Samverkan", description = "Förfrågningar till berörda instanser, svar och avstående")
class ConsultationController {

    private final Commands commands;

    ConsultationController(Commands commands) {
        this.commands = commands;
    }

    public record ConsultationRequest(@NotNull ConcernedBody body,
                                      @NotBlank @Size(max = TextRules.TEXT) String question,
                               @NotNull LocalDate dueDate) {
    }

    /** {@code answeredOn} defaults to today. */
    public record AnswerRequest(@NotBlank @Size(max = TextRules.TEXT) String answer, LocalDate answeredOn) {
    }

    public record WaiverRequest(@NotBlank @Size(max = TextRules.PARAGRAPH) String reason) {
    }

    public record DueDateRequest(@NotNull LocalDate dueDate,
                                 @NotBlank @Size(max = TextRules.PARAGRAPH) String reason) {
    }

    public record WithdrawalRequest(@NotBlank @Size(max = TextRules.PARAGRAPH) String reason) {
    }

    @Operation(summary = "Ask a concerned body a question, to be answered by the due date")
    @PostMapping
    @Access.CaseOfficer
    ResponseEntity<ConsultationCreated> request(@PathVariable String id,
                                                @Valid @RequestBody ConsultationRequest request) {
        String consultationId = UUID.randomUUID().toString();
        CaseStep step = commands.sendAndWait(new RequestConsultation(id, consultationId, request.body(),
                request.question(), request.dueDate(), commands.today()));
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/consultations/" + consultationId))
                .body(new ConsultationCreated(consultationId, step));
    }

    @Operation(summary = "Record the concerned body's answer")
    @PostMapping("/{consultationId}/answer")
    @Access.CaseOfficer
    ConsultationReference answer(@PathVariable String id, @PathVariable String consultationId,
                               @Valid @RequestBody AnswerRequest request) {
        LocalDate answeredOn = commands.todayUnless(request.answeredOn());
        return sent(id, consultationId, new AnswerConsultation(id, consultationId, request.answer(), answeredOn));
    }

    @Operation(summary = "Close a consultation request without an answer, for a reason")
    @PostMapping("/{consultationId}/waiver")
    @Access.CaseOfficer
    ConsultationReference waive(@PathVariable String id, @PathVariable String consultationId,
                              @Valid @RequestBody WaiverRequest request) {
        return sent(id, consultationId, new WaiveConsultation(id, consultationId, request.reason()));
    }

    @Operation(summary = "Extend or shorten an open request's due date, with a reason (the case's officer or the "
            + "chair)")
    @PostMapping("/{consultationId}/due-date")
    @Access.CaseOfficerOrChair
    ConsultationReference changeDueDate(@PathVariable String id, @PathVariable String consultationId,
                                        @Valid @RequestBody DueDateRequest request, Authentication user) {
        return sent(id, consultationId, new ChangeConsultationDueDate(id, consultationId, request.dueDate(),
                commands.today(), Roles.anyHeld(user, Roles.LSG_CHAIR), request.reason()));
    }

    @Operation(summary = "Withdraw an open request, with a reason: it no longer blocks a proposal (the case's "
            + "officer or the chair)")
    @PostMapping("/{consultationId}/withdrawal")
    @Access.CaseOfficerOrChair
    ConsultationReference withdraw(@PathVariable String id, @PathVariable String consultationId,
                                   @Valid @RequestBody WithdrawalRequest request, Authentication user) {
        return sent(id, consultationId, new WithdrawConsultation(id, consultationId,
                Roles.anyHeld(user, Roles.LSG_CHAIR), request.reason()));
    }

    /** Sends a command about one consultation request; answers with where the request is. */
    private ConsultationReference sent(String id, String consultationId, Object command) {
        commands.sendAndWait(command);
        return new ConsultationReference(id, consultationId);
    }
}
