package se.rjh.mtp.cases.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.view.RegistrationResult;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.cases.domain.RegisterCase;

@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "Registrering", description = "Diarienummer, klassificering, produkt och sekretessmarkering")
class RegistrationController {

    private final Registrations registrations;

    RegistrationController(Registrations registrations) {
        this.registrations = registrations;
    }

    /** What a registrar records; {@code device} where the case concerns one, {@code secrecy} when it is marked. */
    public record RegistrationRequest(
            @NotBlank @Size(max = TextRules.LINE) String classification,
            Device device,
            @Valid SecrecyRequest secrecy) {
    }

    /** The OSL provision and the date of marking (today if left out); who marked it is the signed-in user. */
    public record SecrecyRequest(@NotBlank @Size(max = TextRules.CODE) String provision, LocalDate markedOn) {
    }

    @Operation(summary = "Register a received case: it gets the next diarienummer of the year")
    @PostMapping("/registration")
    @PreAuthorize("hasRole('REGISTRAR')")
    RegistrationResult register(@PathVariable String id, @Valid @RequestBody RegistrationRequest request) {
        return RegistrationResult.of(registrations.register(new RegisterCase(id, request.classification(),
                request.device(), request.secrecy() == null ? null : request.secrecy().provision(),
                request.secrecy() == null ? null : request.secrecy().markedOn(), registrations.today())),
                request.secrecy() != null);
    }
}
