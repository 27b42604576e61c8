package se.rjh.mtp.groups.unit.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.groups.UnitChanged;
import se.rjh.mtp.api.groups.UnitDeactivated;
import se.rjh.mtp.api.groups.UnitRegistered;
import se.rjh.mtp.groups.unit.domain.UnitCommands.ChangeUnit;
import se.rjh.mtp.groups.unit.domain.UnitCommands.DeactivateUnit;
import se.rjh.mtp.groups.unit.domain.UnitCommands.RegisterUnit;

/** A healthcare unit of the register. Only an active unit can be changed or sent a distribution. */
@Aggregate
@Revision("1")
public class Unit {

    @AggregateIdentifier
    private String unitId;
    private String name;
    private String hsaId;
    private String contactEmail;
    private boolean active;

    protected Unit() {
        // for Axon
    }

    @CommandHandler
    public Unit(RegisterUnit command) {
        apply(new UnitRegistered(command.unitId(), TextRules.required("name", command.name(), TextRules.LINE),
                ContactRules.hsaId(command.hsaId()), ContactRules.email(command.contactEmail())));
    }

    @CommandHandler
    void handle(ChangeUnit command) {
        requireActive("be changed");
        String newName = TextRules.required("name", command.name(), TextRules.LINE);
        String newHsaId = ContactRules.hsaId(command.hsaId());
        String newEmail = ContactRules.email(command.contactEmail());
        String reason = TextRules.optional("reason", command.reason(), TextRules.PARAGRAPH);
        if (newName.equals(name) && Objects.equals(newHsaId, hsaId) && newEmail.equals(contactEmail)) {
            return; // nothing changes: no event
        }
        apply(new UnitChanged(unitId, newName, newHsaId, newEmail, reason));
    }

    @CommandHandler
    void handle(DeactivateUnit command) {
        requireActive("be deactivated");
        apply(new UnitDeactivated(unitId, TextRules.required("reason", command.reason(), TextRules.PARAGRAPH)));
    }

    /** For a distribution's rules, through {@link UnitDirectory}. */
    public UnitEntry entry() {
        return new UnitEntry(unitId, name, contactEmail, active);
    }

    private void requireActive(String action) {
        if (!active) {
            throw new StateConflictException("INACTIVE", "only an active unit can " + action);
        }
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        unitId = event.unitId();
        name = event.name();
        hsaId = event.hsaId();
        contactEmail = event.contactEmail();
        active = true;
    }

    @EventSourcingHandler
    void on(UnitChanged event) {
        name = event.name();
        hsaId = event.hsaId();
        contactEmail = event.contactEmail();
    }

    @EventSourcingHandler
    void on(UnitDeactivated event) {
        active = false;
    }
}
