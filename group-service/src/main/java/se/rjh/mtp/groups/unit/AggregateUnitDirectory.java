package se.rjh.mtp.groups.unit;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.rjh.mtp.groups.lookup.AggregateLookup;
import se.rjh.mtp.groups.unit.domain.Unit;
import se.rjh.mtp.groups.unit.domain.UnitDirectory;
import se.rjh.mtp.groups.unit.domain.UnitEntry;

/** Answers from the unit aggregate, loaded in the current unit of work, so a just-deactivated unit is seen as such. */
@Component
record AggregateUnitDirectory(AggregateLookup lookup) implements UnitDirectory {

    @Override
    public Optional<UnitEntry> find(String unitId) {
        return lookup.read(Unit.class, unitId, Unit::entry);
    }
}
