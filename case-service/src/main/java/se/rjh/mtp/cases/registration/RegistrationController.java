package se.rjh.mtp.cases.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.cases.view.CaseReference;
import se.rjh.mtp.api.cases.view.RegistrationResult;
import se.rjh.mtp.api.cases.view.SecrecyMarkingResult;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.cases.domain.ChangeSecrecyMarking;
import se.rjh.mtp.cases.domain.CorrectRegistration;
import se.rjh.mtp.cases.domain.RegisterCase;
import se.rjh.mtp.cases.intake.ReceiveCaseRequest.SubmitterRequest;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.security.Roles;
import se.rjh.mtp.platform.web.Commands;

@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "Registrering", description = "Diarienummer, klassificering, produkt och sekretessmarkering")
class RegistrationController {

    private final Registrations registrations;
    private final Commands commands;

    RegistrationController(Registrations registrations, Commands commands) {
        this.registrations = registrations;
        this.commands = commands;
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
    @Access.Registrar
    RegistrationResult register(@PathVariable String id, @Valid @RequestBody RegistrationRequest request) {
        return RegistrationResult.of(registrations.register(new RegisterCase(id, request.classification(),
                request.device(), request.secrecy() == null ? null : request.secrecy().provision(),
                request.secrecy() == null ? null : request.secrecy().markedOn(), registrations.today())),
                request.secrecy() != null);
    }

    // ---- Corrections of what was registered: the registration data and the secrecy marking, each with a reason

    /** Only the fields given are corrected; at least one is needed. */
    public record RegistrationCorrectionRequest(
            @Size(max = TextRules.LINE) String subject,
            @Size(max = TextRules.TEXT) String description,
            @Valid SubmitterRequest submitter,
            @Size(max = TextRules.LINE) String classification,
            Device device,
            @NotBlank @Size(max = TextRules.PARAGRAPH) String reason) {
    }

    /** {@code markedOn} defaults to today; who marked it is the signed-in user. */
    public record SecrecyMarkingRequest(@NotBlank @Size(max = TextRules.CODE) String provision, LocalDate markedOn,
                                        @NotBlank @Size(max = TextRules.PARAGRAPH) String reason) {
    }

    public record SecrecyLiftingRequest(@NotBlank @Size(max = TextRules.PARAGRAPH) String reason) {
    }

    @Operation(summary = "Correct the registration data (subject, description, submitter, classification, device), "
            + "with a reason; the diarienummer stays")
    @PostMapping("/registration/correction")
    @Access.RegistrarOrChair
    CaseReference correct(@PathVariable String id, @Valid @RequestBody RegistrationCorrectionRequest request) {
        SubmitterRequest submitter = request.submitter();
        commands.sendAndWait(new CorrectRegistration(id, request.subject(), request.description(),
                submitter == null ? null : new Submitter(submitter.name(), submitter.unit(), submitter.email()),
                request.classification(), request.device(), request.reason()));
        return new CaseReference(id);
    }

    @Operation(summary = "Add or change the secrecy marking of a registered case, with a reason "
            + "(a case officer only on their own case); warns that text published before the marking stays in clear")
    @PutMapping("/secrecy")
    @Access.CaseHandler
    SecrecyMarkingResult mark(@PathVariable String id, @Valid @RequestBody SecrecyMarkingRequest request,
                              Authentication user) {
        changeSecrecy(id, request.provision(), request.markedOn(), request.reason(), user);
        return SecrecyMarkingResult.of(id);
    }

    @Operation(summary = "Lift the secrecy marking, with a reason (a case officer only on their own case)")
    @PostMapping("/secrecy/lifting")
    @Access.CaseHandler
    CaseReference lift(@PathVariable String id, @Valid @RequestBody SecrecyLiftingRequest request,
                       Authentication user) {
        return changeSecrecy(id, null, null, request.reason(), user);
    }

    /** The registrar and the chair mark any case; a case officer their own (checked by the aggregate). */
    private CaseReference changeSecrecy(String id, String provision, LocalDate markedOn, String reason,
                                        Authentication user) {
        commands.sendAndWait(new ChangeSecrecyMarking(id, provision, markedOn, commands.today(),
                Roles.anyHeld(user, Roles.REGISTRAR, Roles.LSG_CHAIR), reason));
        return new CaseReference(id);
    }
}
