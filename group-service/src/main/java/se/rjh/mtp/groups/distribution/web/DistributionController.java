package se.rjh.mtp.groups.distribution.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.groups.view.DistributionView;
import se.rjh.mtp.api.groups.view.CreatedId;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.Distribute;
import se.rjh.mtp.groups.distribution.projection.DistributionQueries;
import se.rjh.mtp.groups.distribution.web.DistributionRequests.DistributeRequest;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.web.Commands;

/** Only the chair distributes and follows distributions; the views hold the units' links, which act for the units. */
@RestController
@RequestMapping("/api/distributions")
@Tag(name = "Distributions", description = "Spreading decisions, MTP-rådet recommendations and guidelines to units")
class DistributionController {

    private final Commands commands;
    private final DistributionQueries queries;

    DistributionController(Commands commands, DistributionQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Distribute a decided case or a published guideline to active units, asking for "
            + "acknowledgement by a future date")
    @PostMapping
    @Access.Chair
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedId> distribute(@Valid @RequestBody DistributeRequest request) {
        return commands.create("/api/distributions/", id -> new Distribute(id, request.subjectKind(),
                request.subjectId(), request.unitIds(), request.acknowledgeBy(), request.message(), commands.today()),
                CreatedId::new);
    }

    @Operation(summary = "Distributions, newest first, each unit acknowledged, waiting or overdue, with its link")
    @GetMapping
    @Access.Chair
    List<DistributionView> list(@Parameter(description = "page number, from 0")
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @Parameter(description = "distributions per page")
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.list(page, size);
    }

    @Operation(summary = "One distribution: each unit acknowledged (response, comment, when), waiting or overdue")
    @GetMapping("/{id}")
    @Access.Chair
    DistributionView get(@PathVariable String id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("Distribution", id));
    }
}
