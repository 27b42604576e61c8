package se.rjh.mtp.cases.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.cases.view.CaseReference;
import se.rjh.mtp.cases.domain.ReceiveCase;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.web.Commands;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Mottagning", description = "Ärendemottagning: ett inkommet ärende tas emot")
class IntakeController {

    private final Commands commands;

    IntakeController(Commands commands) {
        this.commands = commands;
    }

    @Operation(summary = "Take a matter in: the case is RECEIVED, not yet registered; receivedOn defaults to today")
    @PostMapping
    @Access.Registrar
    ResponseEntity<CaseReference> receive(@Valid @RequestBody ReceiveCaseRequest request) {
        String caseId = UUID.randomUUID().toString();
        var submitter = request.submitter();
        commands.sendAndWait(new ReceiveCase(caseId, request.subject(), request.description(), request.caseType(),
                request.channel(), new Submitter(submitter.name(), submitter.unit(), submitter.email()),
                commands.todayUnless(request.receivedOn()), null));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(new CaseReference(caseId));
    }
}
