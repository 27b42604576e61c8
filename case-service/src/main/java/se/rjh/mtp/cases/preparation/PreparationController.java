package se.rjh.mtp.cases.preparation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.NationalRecommendation;
import se.rjh.mtp.api.cases.view.CaseReference;
import se.rjh.mtp.api.cases.view.CaseStepChange;
import se.rjh.mtp.api.cases.view.DocumentCreated;
import se.rjh.mtp.api.cases.view.NoteCreated;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.devices.InHouseDeviceIds;
import se.rjh.mtp.cases.domain.AddCaseNote;
import se.rjh.mtp.cases.domain.AssessRisk;
import se.rjh.mtp.cases.domain.LinkCaseToAssignment;
import se.rjh.mtp.cases.domain.ReassignCaseOfficer;
import se.rjh.mtp.cases.domain.RecordInHouseConditions;
import se.rjh.mtp.cases.domain.RecordIncidentDetails;
import se.rjh.mtp.cases.domain.RecordIncidentNotReportable;
import se.rjh.mtp.cases.domain.RecordNationalRecommendation;
import se.rjh.mtp.cases.domain.ReferenceCaseDocument;
import se.rjh.mtp.cases.domain.StartPreparation;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.security.Roles;
import se.rjh.mtp.platform.web.Commands;

/** Everything a case officer records while preparing a case. The aggregate applies the same text rules. */
@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "Beredning", description = "Handläggare, anteckningar, dokument, risk, LAG-uppdrag och typspecifika uppgifter")
class PreparationController {

    private final Commands commands;

    PreparationController(Commands commands) {
        this.commands = commands;
    }

    public record PreparationRequest(@NotBlank @Size(max = TextRules.LINE) String caseOfficer) {
    }

    public record HandOverRequest(@NotBlank @Size(max = TextRules.LINE) String caseOfficer,
                                  @NotBlank @Size(max = TextRules.PARAGRAPH) String reason) {
    }

    /** Why the incident is reported to no one. */
    public record NotReportableRequest(@NotBlank @Size(max = TextRules.PARAGRAPH) String reason) {
    }

    public record NoteRequest(@NotBlank @Size(max = TextRules.TEXT) String text) {
    }

    public record DocumentRequest(@NotBlank @Size(max = TextRules.LINE) String name,
                                  @NotBlank @Size(max = TextRules.LINE) String checksum,
                                  @PositiveOrZero long sizeBytes) {
    }

    public record RiskRequest(int severity, int probability, @Size(max = TextRules.PARAGRAPH) String comment) {
    }

    public record AssignmentLinkRequest(@NotBlank @Size(max = TextRules.LINE) String assignmentId) {
    }

    public record IncidentDetailsRequest(LocalDate eventDate, Device device, LocalDate reportedToManufacturerOn,
                                         LocalDate reportedToMedicalProductsAgencyOn, LocalDate reportedToIvoOn,
                                         Boolean lexMariaAssessed,
                                         @Schema(description = "The in-house register's id when the device is one "
                                                 + "of the region's own, e.g. EGT-3", pattern = InHouseDeviceIds.REGEX)
                                         String inHouseDeviceId) {
    }

    public record InHouseConditionsRequest(@NotEmpty List<@NotNull InHouseCondition> conditions) {
    }

    /** {@code recommendation} null: there is no national recommendation (allowed for introductions). */
    public record NationalRecommendationRequest(NationalRecommendation recommendation,
                                                @Size(max = TextRules.LINE) String reference,
                                                LocalDate issuedOn) {
    }

    @Operation(summary = "Assign a case officer: preparation (beredning) of a registered case begins")
    @PostMapping("/preparation")
    @Access.CaseOfficer
    CaseStepChange startPreparation(@PathVariable String id, @Valid @RequestBody PreparationRequest request) {
        CaseStep step = commands.sendAndWait(new StartPreparation(id, request.caseOfficer(), commands.today()));
        return new CaseStepChange(id, step);
    }

    @Operation(summary = "Hand the case to another case officer, with a reason (the chair, or the current case "
            + "officer)")
    @PostMapping("/case-officer")
    @Access.CaseOfficerOrChair
    CaseReference handOver(@PathVariable String id, @Valid @RequestBody HandOverRequest request, Authentication user) {
        return recorded(id, new ReassignCaseOfficer(id, request.caseOfficer(),
                Roles.anyHeld(user, Roles.LSG_CHAIR), request.reason()));
    }

    @Operation(summary = "Add a note during preparation")
    @PostMapping("/notes")
    @Access.CaseOfficer
    ResponseEntity<NoteCreated> addNote(@PathVariable String id, @Valid @RequestBody NoteRequest request) {
        return added(id, "notes", noteId -> new AddCaseNote(id, noteId, request.text()), NoteCreated::new);
    }

    @Operation(summary = "Reference a document by name, checksum and size")
    @PostMapping("/documents")
    @Access.CaseOfficer
    ResponseEntity<DocumentCreated> referenceDocument(@PathVariable String id,
                                                      @Valid @RequestBody DocumentRequest request) {
        return added(id, "documents", documentId -> new ReferenceCaseDocument(id, documentId, request.name(),
                request.checksum(), request.sizeBytes()), DocumentCreated::new);
    }

    @Operation(summary = "Assess the risk: severity and probability, each 1-5")
    @PostMapping("/risk-assessment")
    @Access.CaseOfficer
    CaseReference assessRisk(@PathVariable String id, @Valid @RequestBody RiskRequest request) {
        return recorded(id, new AssessRisk(id, request.severity(), request.probability(), request.comment()));
    }

    @Operation(summary = "Link the case to the LAG assignment that investigates it")
    @PostMapping("/assignment-link")
    @Access.CaseOfficer
    CaseReference linkAssignment(@PathVariable String id, @Valid @RequestBody AssignmentLinkRequest request) {
        return recorded(id, new LinkCaseToAssignment(id, request.assignmentId()));
    }

    @Operation(summary = "Record an incident's event date, device and reporting (incident follow-ups only)")
    @PutMapping("/incident-details")
    @Access.CaseOfficer
    CaseReference incidentDetails(@PathVariable String id, @Valid @RequestBody IncidentDetailsRequest request) {
        return recorded(id, new RecordIncidentDetails(id, request.eventDate(), request.device(),
                request.reportedToManufacturerOn(), request.reportedToMedicalProductsAgencyOn(),
                request.reportedToIvoOn(), request.lexMariaAssessed(), request.inHouseDeviceId()));
    }

    @Operation(summary = "Record that the incident is not reportable, with the justification; it stands in for the "
            + "reporting dates before a proposal (incident follow-ups only)")
    @PostMapping("/incident-details/not-reportable")
    @Access.CaseOfficer
    CaseReference notReportable(@PathVariable String id, @Valid @RequestBody NotReportableRequest request) {
        return recorded(id, new RecordIncidentNotReportable(id, request.reason()));
    }

    @Operation(summary = "Record MDR Art. 5(5) conditions, each confirmed or justified (in-house manufacturing only)")
    @PostMapping("/in-house-conditions")
    @Access.CaseOfficer
    CaseReference inHouseConditions(@PathVariable String id, @Valid @RequestBody InHouseConditionsRequest request) {
        return recorded(id, new RecordInHouseConditions(id, request.conditions()));
    }

    @Operation(summary = "Record the national recommendation, or that there is none (introduction, MTP-rådet)")
    @PutMapping("/national-recommendation")
    @Access.CaseOfficer
    CaseReference nationalRecommendation(@PathVariable String id,
                                         @Valid @RequestBody NationalRecommendationRequest request) {
        return recorded(id, new RecordNationalRecommendation(id, request.recommendation(), request.reference(),
                request.issuedOn()));
    }

    /** Sends a command that adds an item to the case under a new id; answers 201 with where the item is. */
    private <T> ResponseEntity<T> added(String id, String items, Function<String, Object> command,
                                        Function<String, T> created) {
        return commands.create("/api/cases/" + id + "/" + items + "/", command, created);
    }

    private CaseReference recorded(String id, Object command) {
        commands.sendAndWait(command);
        return new CaseReference(id);
    }
}
