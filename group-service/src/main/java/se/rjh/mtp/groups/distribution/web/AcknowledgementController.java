package se.rjh.mtp.groups.distribution.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.groups.view.AcknowledgementRequestView;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.Acknowledge;
import se.rjh.mtp.groups.distribution.link.AcknowledgementLinks;
import se.rjh.mtp.groups.distribution.link.AcknowledgementLinks.Verified;
import se.rjh.mtp.groups.distribution.projection.DistributionQueries;
import se.rjh.mtp.groups.distribution.web.DistributionRequests.AcknowledgementRequest;

/**
 * What a unit reaches through its personal link, without an account: the signed token is the only credential and
 * names the distribution and the unit, so a token opens exactly one unit's acknowledgement. These two paths are the
 * service's public paths ({@code DistributionPublicPaths}); the events record the unit as the actor.
 */
@RestController
@RequestMapping(AcknowledgementLinks.API_PATH)
@Tag(name = "Acknowledgements", description = "A unit acknowledges a distribution through its personal link")
class AcknowledgementController {

    private final CommandGateway commands;
    private final DistributionQueries queries;
    private final AcknowledgementLinks links;
    private final Clock clock;

    AcknowledgementController(CommandGateway commands, DistributionQueries queries, AcknowledgementLinks links,
                              Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/{token}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "What was distributed to the link's unit, by when to acknowledge, and its answer if given")
    AcknowledgementRequestView get(@Parameter(description = "the signed token of the unit's link")
                                   @PathVariable String token) {
        Verified link = links.verify(token, LocalDate.now(clock));
        return queries.forUnit(link.distributionId(), link.unitId())
                .orElseThrow(() -> new NotFoundException("Distribution", link.distributionId()));
    }

    @PostMapping("/{token}")
    @PreAuthorize("permitAll()")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The link's unit acknowledges: IMPLEMENTED (läst och infört) or NOT_APPLICABLE (ej "
            + "tillämpligt, with a comment); once per unit")
    ResponseEntity<Void> acknowledge(@Parameter(description = "the signed token of the unit's link")
                                     @PathVariable String token,
                                     @Valid @RequestBody AcknowledgementRequest request) {
        Verified link = links.verify(token, LocalDate.now(clock));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new Acknowledge(link.distributionId(),
                        link.unitId(), request.response(), request.comment(), clock.instant()))
                .andMetaData(Map.of(MetadataKeys.ACTOR, MetadataKeys.unitLinkActor(link.unitId()))));
        return ResponseEntity.noContent().build();
    }
}
