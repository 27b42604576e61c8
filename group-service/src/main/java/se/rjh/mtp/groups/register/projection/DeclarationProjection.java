package se.rjh.mtp.groups.register.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.GsprChecklistRecorded;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceDescribed;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.InHouseDeviceIds;
import se.rjh.mtp.api.devices.InHouseDeviceProposed;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.InHouseDeviceTakenIntoUse;
import se.rjh.mtp.api.devices.InHouseDeviceWithdrawn;
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/**
 * The public declaration (Art. 5(5)(e) MDR, (f) IVDR) and its history. Each device's declared fields are kept per
 * device; after each change the devices IN_USE make the declaration, and when that differs from the latest version a
 * new version starts at the event's time and the latest one ends there. So the declaration changes only through
 * events, and rebuilding it from the events gives the same versions with the same dates.
 */
@Component
@ProcessingGroup(DeclarationProjection.GROUP)
class DeclarationProjection {

    static final String GROUP = "in-house-declaration";
    static final String ENTRIES = "in_house_declaration_entries";
    static final String VERSIONS = "in_house_declaration_versions";

    private final VersionedDocuments entries;
    private final MongoCollection<Document> versions;

    DeclarationProjection(MongoDatabase database) {
        this.entries = new VersionedDocuments(database.getCollection(ENTRIES));
        this.versions = database.getCollection(VERSIONS);
    }

    @EventHandler
    void on(InHouseDeviceProposed e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.deviceId(), seq, at, d -> {
            d.append("number", InHouseDeviceIds.number(e.deviceId()))
                    .append("status", InHouseDeviceStatus.PROPOSED.name()).append("gspr", List.of());
            describe(d, new InHouseDeviceDescription(e.name(), null, e.kind(), e.intendedPurpose(), null, null, null,
                    null, null, null, null, null, null, null));
        });
    }

    @EventHandler
    void on(InHouseDeviceDescribed e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.deviceId(), seq, at, d -> describe(d, e.description()));
    }

    @EventHandler
    void on(GsprChecklistRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.deviceId(), seq, at, d -> {
            List<Document> gspr = new ArrayList<>(d.getList("gspr", Document.class, List.of()));
            for (GsprEntry entry : e.entries()) {
                gspr.removeIf(g -> entry.requirement().equals(g.getString("requirement")));
                gspr.add(new Document("requirement", entry.requirement()).append("answer", entry.answer().name())
                        .append("justification", entry.justification()));
            }
            d.append("gspr", gspr);
        });
    }

    @EventHandler
    void on(InHouseDeviceTakenIntoUse e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.deviceId(), seq, at, d -> d.append("status", InHouseDeviceStatus.IN_USE.name()));
    }

    @EventHandler
    void on(InHouseDeviceWithdrawn e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.deviceId(), seq, at, d -> d.append("status", InHouseDeviceStatus.WITHDRAWN.name()));
    }

    private static void describe(Document d, InHouseDeviceDescription description) {
        d.append("name", description.name()).append("deviceVersion", description.deviceVersion())
                .append("kind", description.kind().name())
                .append("riskClass", description.riskClass() == null ? null : description.riskClass().name())
                .append("intendedPurpose", description.intendedPurpose());
    }

    private void change(String deviceId, long seq, Instant at, Consumer<Document> change) {
        entries.apply(deviceId, seq, change);
        List<Document> declared = declared();
        Document latest = versions.find().sort(Sorts.descending("_id")).first();
        List<Document> before = latest == null ? List.of() : latest.getList("devices", Document.class, List.of());
        if (Objects.equals(before, declared)) {
            return; // not a declared field, or handled before
        }
        int next = latest == null ? 1 : latest.getInteger("_id") + 1;
        if (latest != null) {
            versions.updateOne(Filters.eq("_id", latest.getInteger("_id")), Updates.set("validTo", Date.from(at)));
        }
        versions.replaceOne(Filters.eq("_id", next), new Document("_id", next).append("validFrom", Date.from(at))
                .append("validTo", null).append("devices", declared), new ReplaceOptions().upsert(true));
    }

    /** The devices IN_USE with the MDCG 2023-1 Annex A fields, by register number. */
    private List<Document> declared() {
        return entries.collection().find(Filters.eq("status", InHouseDeviceStatus.IN_USE.name()))
                .sort(Sorts.ascending("number")).into(new ArrayList<>()).stream().map(d -> {
                    List<Document> notMet = d.getList("gspr", Document.class, List.of()).stream()
                            .filter(g -> GsprAnswer.NOT_MET.name().equals(g.getString("answer")))
                            .map(g -> new Document("requirement", g.getString("requirement"))
                                    .append("justification", g.getString("justification")))
                            .toList();
                    return new Document("deviceId", d.getString("_id")).append("name", d.getString("name"))
                            .append("deviceVersion", d.getString("deviceVersion")).append("kind", d.getString("kind"))
                            .append("riskClass", d.getString("riskClass"))
                            .append("intendedPurpose", d.getString("intendedPurpose"))
                            .append("gsprFullyMet", notMet.isEmpty()).append("notFullyMet", notMet);
                }).toList();
    }
}
