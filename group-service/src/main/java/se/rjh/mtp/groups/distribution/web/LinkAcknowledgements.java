package se.rjh.mtp.groups.distribution.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.view.AcknowledgementRequestView;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.Acknowledge;
import se.rjh.mtp.groups.distribution.link.AcknowledgementLinks;
import se.rjh.mtp.groups.distribution.link.AcknowledgementLinks.Verified;
import se.rjh.mtp.groups.distribution.projection.DistributionQueries;

/**
 * What a unit's link does, for the JSON API and the form alike: the token is checked against the one clock, and the
 * acknowledgement is recorded with the unit as its actor ({@code unit-link:<unitId>}).
 */
@Component
record LinkAcknowledgements(CommandGateway commands, DistributionQueries queries, AcknowledgementLinks links, Clock clock) {

    AcknowledgementRequestView show(String token) {
        Verified link = links.verify(token, LocalDate.now(clock));
        return queries.forUnit(link.distributionId(), link.unitId())
                .orElseThrow(() -> new NotFoundException("Distribution", link.distributionId()));
    }

    void acknowledge(String token, AcknowledgementResponse response, String comment) {
        Verified link = links.verify(token, LocalDate.now(clock));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new Acknowledge(link.distributionId(),
                        link.unitId(), response, comment, clock.instant()))
                .andMetaData(Map.of(MetadataKeys.ACTOR, MetadataKeys.unitLinkActor(link.unitId()))));
    }
}
