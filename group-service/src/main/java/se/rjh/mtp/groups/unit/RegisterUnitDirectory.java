package se.rjh.mtp.groups.unit;

import java.util.Optional;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.stereotype.Component;
import se.rjh.mtp.groups.lookup.AggregateLookup;
import se.rjh.mtp.groups.register.domain.ResponsibleUnits;
import se.rjh.mtp.groups.unit.domain.Unit;
import se.rjh.mtp.groups.unit.domain.UnitEntry;

/**
 * The unit register as the register of in-house devices sees it (an interface the register owns, so that it depends
 * on nothing here). Answered from the unit aggregate; a read outside a command gets its own unit of work, which
 * changes nothing.
 */
@Component
record RegisterUnitDirectory(AggregateLookup lookup) implements ResponsibleUnits {

    @Override
    public Optional<String> activeUnitName(String unitId) {
        if (CurrentUnitOfWork.isStarted()) {
            return read(unitId);
        }
        DefaultUnitOfWork<?> reading = DefaultUnitOfWork.startAndGet(null);
        try {
            return read(unitId);
        } finally {
            reading.rollback();
        }
    }

    private Optional<String> read(String unitId) {
        return lookup.read(Unit.class, unitId, Unit::entry).filter(UnitEntry::active).map(UnitEntry::name);
    }
}
