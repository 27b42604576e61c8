package se.rjh.mtp.groups.unit.domain;

import java.util.Optional;

/**
 * Looks a unit up while a distribution is made. The service answers it from the unit aggregate itself, inside the
 * same unit of work, so a unit deactivated a moment ago is never sent a distribution from a stale read model.
 */
public interface UnitDirectory {

    Optional<UnitEntry> find(String unitId);
}
