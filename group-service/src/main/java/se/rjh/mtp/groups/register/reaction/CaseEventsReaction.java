package se.rjh.mtp.groups.register.reaction;

import java.util.EnumSet;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.cases.RegistrationCorrected;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CaseLink;
import se.rjh.mtp.groups.register.domain.RegisterCommands.LinkIncident;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ProposeInHouseDevice;
import se.rjh.mtp.platform.processing.Reactions;
import se.rjh.mtp.platform.web.Commands;

/**
 * Reacts to case-service's events. Idempotent under redelivery the project's one way, in the aggregates: a decided
 * case proposes its device once (the number series remembers the case id as the request key), an incident is linked
 * once per case (the device remembers it). A device id an incident names but the register does not know is logged
 * and skipped.
 */
@Component
@ProcessingGroup(CaseEventsReaction.GROUP)
class CaseEventsReaction {

    static final String GROUP = "in-house-register-cases";
    private static final Set<CaseType> CONCERNED = EnumSet.of(CaseType.IN_HOUSE_MANUFACTURING,
            CaseType.INCIDENT_FOLLOW_UP);

    private final Commands commands;
    private final CaseFacts facts;

    CaseEventsReaction(Commands commands, CaseFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @EventHandler
    void on(CaseRegistered event) {
        if (CONCERNED.contains(event.caseType())) {
            facts.registered(event.caseId(), event.caseNumber(), event.caseType(), event.device());
        }
    }

    @EventHandler
    void on(RegistrationCorrected event) {
        if (event.device() != null) {
            facts.deviceCorrected(event.caseId(), event.device());
        }
    }

    /** The device's name and kind as the case registered it; the rest is filled in on the register. */
    @EventHandler
    void on(CaseDecided event) {
        if (event.caseType() != CaseType.IN_HOUSE_MANUFACTURING) {
            return;
        }
        facts.decided(event.caseId(), event.caseNumber(), event.decidedOn());
        Document registered = facts.find(event.caseId()).orElse(new Document());
        String deviceName = registered.getString("deviceName");
        String deviceClass = registered.getString("deviceClass");
        Reactions.send(commands.gateway(), new ProposeInHouseDevice(
                deviceName != null ? deviceName : "Egentillverkad produkt enligt ärende " + event.caseNumber(),
                deviceClass == null ? DeviceKind.MD : DeviceKind.of(DeviceClass.valueOf(deviceClass)),
                null, null, event.decidedOn(),
                new CaseLink(event.caseId(), event.caseNumber(), event.decidedOn()), event.caseId()),
                "Case " + event.caseNumber());
    }

    @EventHandler
    void on(IncidentDetailsRecorded event) {
        if (event.inHouseDeviceId() == null) {
            return;
        }
        String caseNumber = facts.find(event.caseId()).map(d -> d.getString("caseNumber")).orElse(null);
        Reactions.send(commands.gateway(), new LinkIncident(event.inHouseDeviceId(), event.caseId(), caseNumber,
                event.eventDate(), commands.today()), "Incident case " + event.caseId());
    }
}
