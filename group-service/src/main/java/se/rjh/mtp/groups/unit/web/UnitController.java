package se.rjh.mtp.groups.unit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.groups.view.UnitView;
import se.rjh.mtp.api.groups.view.CreatedId;
import se.rjh.mtp.groups.unit.domain.UnitCommands.ChangeUnit;
import se.rjh.mtp.groups.unit.domain.UnitCommands.DeactivateUnit;
import se.rjh.mtp.groups.unit.domain.UnitCommands.RegisterUnit;
import se.rjh.mtp.groups.unit.projection.UnitQueries;
import se.rjh.mtp.groups.unit.web.UnitRequests.DeactivationRequest;
import se.rjh.mtp.groups.unit.web.UnitRequests.UnitRequest;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.web.CommandPost;
import se.rjh.mtp.platform.web.Commands;

/** The chair keeps the register; ADMIN may too, as for the working groups (the register is reference data). */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Units", description = "The register of healthcare units (enhetsregister) decisions are distributed to")
class UnitController {

    private final Commands commands;
    private final UnitQueries queries;

    UnitController(Commands commands, UnitQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "The units of the register by name, optionally only the active ones")
    @GetMapping
    @Access.SignedIn
    List<UnitView> list(@Parameter(description = "only active units") @RequestParam(defaultValue = "false")
                        boolean activeOnly) {
        return queries.list(activeOnly);
    }

    @Operation(summary = "Register a unit with its contact e-mail and, when known, its HSA-id")
    @PostMapping
    @Access.ChairOrAdmin
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedId> register(@Valid @RequestBody UnitRequest request) {
        return commands.create("/api/units/",
                id -> new RegisterUnit(id, request.name(), request.hsaId(), request.contactEmail()), CreatedId::new);
    }

    @Operation(summary = "Change an active unit's name, HSA-id or contact e-mail; the body states all three")
    @PutMapping("/{id}")
    @Access.ChairOrAdmin
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@PathVariable String id, @Valid @RequestBody UnitRequest request) {
        commands.sendAndWait(new ChangeUnit(id, request.name(), request.hsaId(), request.contactEmail(),
                request.reason()));
    }

    @Operation(summary = "Deactivate a unit, with a reason: it gets no new distributions")
    @CommandPost("/{id}/deactivation")
    @Access.ChairOrAdmin
    void deactivate(@PathVariable String id, @Valid @RequestBody DeactivationRequest request) {
        commands.sendAndWait(new DeactivateUnit(id, request.reason()));
    }
}
