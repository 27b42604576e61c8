package se.rjh.mtp.groups.register.reaction;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CaseLink;

/**
 * What the register knows of the cases that concern it (in-house manufacturing and incidents), from
 * {@code mtp.cases.events}: the diarienummer, the device as registered and, once decided, the decision date. Every
 * write is an upsert by case id, so an event handled again changes nothing.
 */
@Component
public class CaseFacts {

    static final String COLLECTION = "in_house_register_cases";

    private final MongoCollection<Document> cases;

    CaseFacts(MongoDatabase database) {
        this.cases = database.getCollection(COLLECTION);
    }

    void registered(String caseId, String caseNumber, CaseType type, Device device) {
        set(caseId, Updates.combine(Updates.set("caseNumber", caseNumber), Updates.set("caseType", type.name()),
                deviceUpdate(device)));
    }

    void deviceCorrected(String caseId, Device device) {
        cases.updateOne(Filters.eq("_id", caseId), deviceUpdate(device));
    }

    void decided(String caseId, String caseNumber, LocalDate decidedOn) {
        set(caseId, Updates.combine(Updates.set("caseNumber", caseNumber),
                Updates.set("decidedOn", decidedOn.toString())));
    }

    Optional<Document> find(String caseId) {
        return Optional.ofNullable(cases.find(Filters.eq("_id", caseId)).first());
    }

    /** A decided IN_HOUSE_MANUFACTURING case, the only kind a device may be linked to. */
    public Optional<CaseLink> decidedInHouseCase(String caseId) {
        return find(caseId).filter(d -> CaseType.IN_HOUSE_MANUFACTURING.name().equals(d.getString("caseType"))
                        && d.getString("decidedOn") != null)
                .map(d -> new CaseLink(caseId, d.getString("caseNumber"), LocalDate.parse(d.getString("decidedOn"))));
    }

    private static Bson deviceUpdate(Device device) {
        return Updates.combine(Updates.set("deviceName", device == null ? null : device.name()),
                Updates.set("deviceClass", device == null || device.deviceClass() == null ? null
                        : device.deviceClass().name()));
    }

    private void set(String caseId, Bson update) {
        cases.updateOne(Filters.eq("_id", caseId), update, new UpdateOptions().upsert(true));
    }
}
