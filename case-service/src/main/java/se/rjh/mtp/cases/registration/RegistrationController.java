package se.rjh.mtp.cases.registration;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.cases.domain.RegisterCase;

@RestController
@Tag(name = "Registrering", description = "Diarienummer, klassificering, produkt och sekretessmarkering")
class RegistrationController {

    /** Another instance may take the same number at the same moment; the loser simply takes the next one. */
    private static final int ATTEMPTS = 5;

    private final CommandGateway commands;
    private final Clock clock;

    RegistrationController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** What a registrar records; {@code device} where the case concerns one, {@code secrecy} when it is marked. */
    public record RegistrationRequest(
            @NotBlank @Size(max = 300) String classification,
            Device device,
            @Valid SecrecyRequest secrecy) {
    }

    /** The OSL provision and the date of marking (today if left out); who marked it is the signed-in user. */
    public record SecrecyRequest(@NotBlank @Size(max = 300) String provision, LocalDate markedOn) {
    }

    @PostMapping("/api/cases/{id}/registration")
    @PreAuthorize("hasRole('REGISTRAR')")
    Map<String, String> register(@PathVariable String id, @Valid @RequestBody RegistrationRequest request) {
        RegisterCase command = new RegisterCase(id, request.classification(), request.device(),
                request.secrecy() == null ? null : request.secrecy().provision(),
                request.secrecy() == null ? null : request.secrecy().markedOn(), LocalDate.now(clock));
        for (int attempt = 1; ; attempt++) {
            try {
                String caseNumber = commands.sendAndWait(command);
                return Map.of("caseNumber", caseNumber);
            } catch (ConcurrencyException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
