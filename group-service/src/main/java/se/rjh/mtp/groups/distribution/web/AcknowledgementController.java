package se.rjh.mtp.groups.distribution.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.groups.view.AcknowledgementRequestView;
import se.rjh.mtp.groups.distribution.link.AcknowledgementLinks;
import se.rjh.mtp.groups.distribution.web.DistributionRequests.AcknowledgementRequest;
import se.rjh.mtp.platform.web.CommandPost;

/**
 * What a unit reaches through its personal link, without an account: the signed token is the only credential and
 * names the distribution and the unit, so a token opens exactly one unit's acknowledgement. These paths are public
 * ({@link DistributionPublicPaths}).
 */
@RestController
@RequestMapping(AcknowledgementLinks.API_PATH)
@Tag(name = "Acknowledgements", description = "A unit acknowledges a distribution through its personal link")
class AcknowledgementController {

    private final LinkAcknowledgements acknowledgements;

    AcknowledgementController(LinkAcknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @Operation(summary = "What was distributed to the link's unit, by when to acknowledge, and its answer if given")
    @GetMapping("/{token}")
    @PreAuthorize("permitAll()")
    AcknowledgementRequestView get(@Parameter(description = "the signed token of the unit's link")
                                   @PathVariable String token) {
        return acknowledgements.show(token);
    }

    @Operation(summary = "The link's unit acknowledges: IMPLEMENTED (läst och infört) or NOT_APPLICABLE (ej "
            + "tillämpligt, with a comment); once per unit")
    @CommandPost("/{token}")
    @PreAuthorize("permitAll()")
    void acknowledge(@Parameter(description = "the signed token of the unit's link")
                                     @PathVariable String token,
                                     @Valid @RequestBody AcknowledgementRequest request) {
        acknowledgements.acknowledge(token, request.response(), request.comment());
    }
}
