package se.rjh.mtp.guidelines.drafting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.guidelines.RegulationReference;
import se.rjh.mtp.guidelines.domain.Commands.ChangeDraftContent;
import se.rjh.mtp.guidelines.domain.Commands.DraftGuideline;
import se.rjh.mtp.guidelines.domain.Commands.OpenRevision;
import se.rjh.mtp.guidelines.library.GuidelineHistory;
import se.rjh.mtp.guidelines.library.GuidelineView;

@RestController
@RequestMapping("/api/guidelines")
@Tag(name = "Drafting", description = "Writing guidelines. Roles: CASE_OFFICER or LSG_CHAIR. The caller becomes an "
        + "author of the version and may then neither review nor approve it.")
class DraftingController {

    private final CommandGateway commands;
    private final EventStore eventStore;

    DraftingController(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'LSG_CHAIR')")
    @Operation(summary = "Draft a new guideline; it gets the next document number RL-MTP-<n> and version 1 as DRAFT",
            description = "Roles: CASE_OFFICER, LSG_CHAIR. Review interval 1-36 months, default 12.")
    ResponseEntity<Map<String, Object>> draft(@Valid @RequestBody DraftingRequests.NewGuideline request) {
        List<RegulationReference> references = request.regulationReferences() == null ? List.of()
                : request.regulationReferences().stream()
                        .map(r -> new RegulationReference(r.framework(), r.provision())).toList();
        String documentNumber = commands.sendAndWait(new DraftGuideline(request.kind(), request.title(),
                request.scope(), request.ownerGroup(), request.processOwner(), references,
                request.reviewIntervalMonths(), request.caseNumber(), request.content(), request.changeSummary(), null));
        return ResponseEntity.created(URI.create("/api/guidelines/" + documentNumber))
                .body(Map.of("documentNumber", documentNumber, "versionNumber", 1));
    }

    @PostMapping("/{documentNumber}/revisions")
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'LSG_CHAIR')")
    @Operation(summary = "Open a new draft version (revision); only when no other version is open",
            description = "Roles: CASE_OFFICER, LSG_CHAIR. 409 while a version is in draft, review or approved.")
    ResponseEntity<Map<String, Object>> revise(@PathVariable String documentNumber,
                                               @Valid @RequestBody DraftingRequests.Revision request) {
        commands.sendAndWait(new OpenRevision(documentNumber, request.content(), request.changeSummary()));
        GuidelineView view = GuidelineHistory.read(eventStore, documentNumber);
        int version = view.versions.get(view.versions.size() - 1).versionNumber;
        return ResponseEntity.created(URI.create("/api/guidelines/" + documentNumber + "/versions/" + version))
                .body(Map.of("documentNumber", documentNumber, "versionNumber", version));
    }

    @PutMapping("/{documentNumber}/versions/{versionNumber}/content")
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'LSG_CHAIR')")
    @Operation(summary = "Rewrite the content of a DRAFT version",
            description = "Roles: CASE_OFFICER, LSG_CHAIR. The caller joins the version's authors.")
    Map<String, Object> changeContent(@PathVariable String documentNumber, @PathVariable int versionNumber,
                                      @Valid @RequestBody DraftingRequests.DraftContent request) {
        commands.sendAndWait(new ChangeDraftContent(documentNumber, versionNumber, request.content(),
                request.changeSummary()));
        return Map.of("documentNumber", documentNumber, "versionNumber", versionNumber);
    }
}
