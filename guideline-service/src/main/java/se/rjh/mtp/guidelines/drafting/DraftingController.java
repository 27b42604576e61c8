package se.rjh.mtp.guidelines.drafting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.guidelines.RegulationReference;
import se.rjh.mtp.api.guidelines.view.VersionReference;
import se.rjh.mtp.guidelines.domain.Commands.ChangeDraftContent;
import se.rjh.mtp.guidelines.domain.Commands.DraftGuideline;
import se.rjh.mtp.guidelines.domain.Commands.OpenRevision;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.web.Commands;

@RestController
@RequestMapping("/api/guidelines")
@Tag(name = "Drafting", description = "Writing guidelines. Roles: CASE_OFFICER or LSG_CHAIR. The caller becomes an author of the version and may then neither review nor approve it.")
class DraftingController {

    private final Commands commands;

    DraftingController(Commands commands) {
        this.commands = commands;
    }

    @Operation(summary = "Draft a new guideline; it gets the next document number RL-MTP-<n> and version 1 as DRAFT",
            description = "Roles: CASE_OFFICER, LSG_CHAIR. Review interval 1-36 months, default 12.")
    @PostMapping
    @Access.CaseOfficerOrChair
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<VersionReference> draft(@Valid @RequestBody DraftingRequests.NewGuideline request) {
        List<RegulationReference> references = request.regulationReferences() == null ? List.of()
                : request.regulationReferences().stream()
                        .map(r -> new RegulationReference(r.framework(), r.provision())).toList();
        String documentNumber = commands.sendAndWait(new DraftGuideline(request.kind(), request.title(),
                request.scope(), request.ownerGroup(), request.processOwner(), references,
                request.reviewIntervalMonths(), request.caseNumber(), request.content(), request.changeSummary(), null));
        return ResponseEntity.created(URI.create("/api/guidelines/" + documentNumber))
                .body(new VersionReference(documentNumber, 1));
    }

    @Operation(summary = "Open a new draft version (revision); only when no other version is open",
            description = "Roles: CASE_OFFICER, LSG_CHAIR. 409 while a version is in draft, review or approved.")
    @PostMapping("/{documentNumber}/revisions")
    @Access.CaseOfficerOrChair
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<VersionReference> revise(@PathVariable String documentNumber,
                                            @Valid @RequestBody DraftingRequests.Revision request) {
        int version = commands.sendAndWait(new OpenRevision(documentNumber, request.content(), request.changeSummary()));
        return ResponseEntity.created(URI.create("/api/guidelines/" + documentNumber + "/versions/" + version))
                .body(new VersionReference(documentNumber, version));
    }

    @Operation(summary = "Rewrite the content of a DRAFT version",
            description = "Roles: CASE_OFFICER, LSG_CHAIR. The caller joins the version's authors.")
    @PutMapping("/{documentNumber}/versions/{versionNumber}/content")
    @Access.CaseOfficerOrChair
    VersionReference changeContent(@PathVariable String documentNumber, @PathVariable int versionNumber,
                                   @Valid @RequestBody DraftingRequests.DraftContent request) {
        commands.sendAndWait(new ChangeDraftContent(documentNumber, versionNumber, request.content(),
                request.changeSummary()));
        return new VersionReference(documentNumber, versionNumber);
    }
}
