package se.rjh.mtp.cases.preparation;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.NationalRecommendation;
import se.rjh.mtp.cases.domain.AddCaseNote;
import se.rjh.mtp.cases.domain.AssessRisk;
import se.rjh.mtp.cases.domain.LinkCaseToAssignment;
import se.rjh.mtp.cases.domain.RecordInHouseConditions;
import se.rjh.mtp.cases.domain.RecordIncidentDetails;
import se.rjh.mtp.cases.domain.RecordNationalRecommendation;
import se.rjh.mtp.cases.domain.ReferenceCaseDocument;
import se.rjh.mtp.cases.domain.StartPreparation;

/** Everything a case officer records while preparing a case. Input rules are repeated in the aggregate. */
@RestController
@RequestMapping("/api/cases/{id}")
@PreAuthorize("hasRole('CASE_OFFICER')")
@Tag(name = "Beredning", description = "Handläggare, anteckningar, dokument, risk, LAG-uppdrag och typspecifika uppgifter")
class PreparationController {

    private final CommandGateway commands;
    private final Clock clock;

    PreparationController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record PreparationRequest(@NotBlank @Size(max = 300) String caseOfficer) {
    }

    public record NoteRequest(@NotBlank @Size(max = 20_000) String text) {
    }

    public record DocumentRequest(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 300) String checksum,
                           @PositiveOrZero long sizeBytes) {
    }

    public record RiskRequest(int severity, int probability, @Size(max = 20_000) String comment) {
    }

    public record AssignmentLinkRequest(@NotBlank @Size(max = 300) String assignmentId) {
    }

    public record IncidentDetailsRequest(LocalDate eventDate, Device device, LocalDate reportedToManufacturerOn,
                                  LocalDate reportedToMedicalProductsAgencyOn, LocalDate reportedToIvoOn,
                                  Boolean lexMariaAssessed) {
    }

    public record InHouseConditionsRequest(@NotEmpty List<@NotNull InHouseCondition> conditions) {
    }

    /** {@code recommendation} null: there is no national recommendation (allowed for introductions). */
    public record NationalRecommendationRequest(NationalRecommendation recommendation, @Size(max = 300) String reference,
                                         LocalDate issuedOn) {
    }

    @PostMapping("/preparation")
    Map<String, Object> startPreparation(@PathVariable String id, @Valid @RequestBody PreparationRequest request) {
        Object step = commands.sendAndWait(new StartPreparation(id, request.caseOfficer(), LocalDate.now(clock)));
        return Map.of("id", id, "step", step);
    }

    @PostMapping("/notes")
    ResponseEntity<Map<String, String>> addNote(@PathVariable String id, @Valid @RequestBody NoteRequest request) {
        String noteId = UUID.randomUUID().toString();
        commands.sendAndWait(new AddCaseNote(id, noteId, request.text()));
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/notes/" + noteId)).body(Map.of("noteId", noteId));
    }

    @PostMapping("/documents")
    ResponseEntity<Map<String, String>> referenceDocument(@PathVariable String id,
                                                          @Valid @RequestBody DocumentRequest request) {
        String documentId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReferenceCaseDocument(id, documentId, request.name(), request.checksum(),
                request.sizeBytes()));
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/documents/" + documentId))
                .body(Map.of("documentId", documentId));
    }

    @PostMapping("/risk-assessment")
    Map<String, String> assessRisk(@PathVariable String id, @Valid @RequestBody RiskRequest request) {
        commands.sendAndWait(new AssessRisk(id, request.severity(), request.probability(), request.comment()));
        return Map.of("id", id);
    }

    @PostMapping("/assignment-link")
    Map<String, String> linkAssignment(@PathVariable String id, @Valid @RequestBody AssignmentLinkRequest request) {
        commands.sendAndWait(new LinkCaseToAssignment(id, request.assignmentId()));
        return Map.of("id", id);
    }

    @PutMapping("/incident-details")
    Map<String, String> incidentDetails(@PathVariable String id, @Valid @RequestBody IncidentDetailsRequest request) {
        commands.sendAndWait(new RecordIncidentDetails(id, request.eventDate(), request.device(),
                request.reportedToManufacturerOn(), request.reportedToMedicalProductsAgencyOn(),
                request.reportedToIvoOn(), request.lexMariaAssessed()));
        return Map.of("id", id);
    }

    @PostMapping("/in-house-conditions")
    Map<String, String> inHouseConditions(@PathVariable String id,
                                          @Valid @RequestBody InHouseConditionsRequest request) {
        commands.sendAndWait(new RecordInHouseConditions(id, request.conditions()));
        return Map.of("id", id);
    }

    @PutMapping("/national-recommendation")
    Map<String, String> nationalRecommendation(@PathVariable String id,
                                               @Valid @RequestBody NationalRecommendationRequest request) {
        commands.sendAndWait(new RecordNationalRecommendation(id, request.recommendation(), request.reference(),
                request.issuedOn()));
        return Map.of("id", id);
    }
}
