package se.rjh.mtp.groups.register.domain;

import java.util.Optional;

/**
 * The register's view of the unit register: the name of an active unit, empty for an unknown or deactivated one. The
 * register owns this interface so that it depends on no other part of group-service; an adapter answers it.
 */
public interface ResponsibleUnits {

    Optional<String> activeUnitName(String unitId);
}
