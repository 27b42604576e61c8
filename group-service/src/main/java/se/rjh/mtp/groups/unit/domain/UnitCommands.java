package se.rjh.mtp.groups.unit.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a unit in the register. */
public final class UnitCommands {

    private UnitCommands() {
    }

    public record RegisterUnit(@TargetAggregateIdentifier String unitId, String name, String hsaId,
                               String contactEmail) {
    }

    /** Every field states the value after the change; a blank HSA-id clears it. */
    public record ChangeUnit(@TargetAggregateIdentifier String unitId, String name, String hsaId, String contactEmail,
                             String reason) {
    }

    public record DeactivateUnit(@TargetAggregateIdentifier String unitId, String reason) {
    }
}
