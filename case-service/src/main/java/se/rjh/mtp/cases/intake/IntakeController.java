package se.rjh.mtp.cases.intake;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.cases.domain.ReceiveCase;

@RestController
@RequestMapping("/api/cases")
class IntakeController {

    private final CommandGateway commands;

    IntakeController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @PreAuthorize("hasRole('REGISTRAR')")
    ResponseEntity<Map<String, String>> receive(@Valid @RequestBody ReceiveCaseRequest request) {
        String caseId = UUID.randomUUID().toString();
        var submitter = request.submitter();
        commands.sendAndWait(new ReceiveCase(caseId, request.subject(), request.description(), request.caseType(),
                request.channel(), new Submitter(submitter.name(), submitter.unit(), submitter.email()),
                request.receivedOn(), null));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(Map.of("id", caseId));
    }
}
