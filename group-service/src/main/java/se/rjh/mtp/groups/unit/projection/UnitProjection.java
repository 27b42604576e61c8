package se.rjh.mtp.groups.unit.projection;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.UnitChanged;
import se.rjh.mtp.api.groups.UnitDeactivated;
import se.rjh.mtp.api.groups.UnitRegistered;
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/** One document per unit; {@link UnitQueries} reads it. */
@Component
@ProcessingGroup(UnitProjection.GROUP)
class UnitProjection {

    static final String GROUP = "units";
    static final String COLLECTION = "units";

    private final VersionedDocuments units;

    UnitProjection(MongoDatabase database) {
        this.units = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    void on(UnitRegistered e, @SequenceNumber long seq) {
        units.apply(e.unitId(), seq, d -> d.append("name", e.name()).append("hsaId", e.hsaId())
                .append("contactEmail", e.contactEmail()).append("active", true).append("deactivationReason", null));
    }

    @EventHandler
    void on(UnitChanged e, @SequenceNumber long seq) {
        units.apply(e.unitId(), seq, d -> d.append("name", e.name()).append("hsaId", e.hsaId())
                .append("contactEmail", e.contactEmail()));
    }

    @EventHandler
    void on(UnitDeactivated e, @SequenceNumber long seq) {
        units.apply(e.unitId(), seq, d -> d.append("active", false).append("deactivationReason", e.reason()));
    }
}
