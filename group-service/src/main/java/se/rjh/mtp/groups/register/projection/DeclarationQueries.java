package se.rjh.mtp.groups.register.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.view.DeclarationHistory;
import se.rjh.mtp.api.devices.view.DeclarationView;
import se.rjh.mtp.api.devices.view.DeclarationView.DeclarationEntry;
import se.rjh.mtp.api.devices.view.DeclarationView.UnmetRequirement;
import se.rjh.mtp.groups.register.RegisterProperties;

/** The public declaration as it is now or was on a day, and its versions; the institution from configuration. */
@Component
public class DeclarationQueries {

    private final MongoCollection<Document> versions;
    private final RegisterProperties properties;
    private final Clock clock;

    DeclarationQueries(MongoDatabase database, RegisterProperties properties, Clock clock) {
        this.versions = database.getCollection(DeclarationProjection.VERSIONS);
        this.properties = properties;
        this.clock = clock;
    }

    /** The current version; version 0 with no devices before any device was in use. */
    public DeclarationView current() {
        return view(versions.find().sort(Sorts.descending("_id")).first());
    }

    /** The version that was public at the end of {@code day} (Europe/Stockholm). */
    public DeclarationView on(LocalDate day) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return view(versions.find(Filters.lt("validFrom", Date.from(endOfDay))).sort(Sorts.descending("_id")).first());
    }

    public DeclarationHistory history() {
        return new DeclarationHistory(versions.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()).stream()
                .map(v -> new DeclarationHistory.Version(v.getInteger("_id"), instant(v, "validFrom"),
                        instant(v, "validTo"), v.getList("devices", Document.class, List.of()).stream()
                        .map(d -> d.getString("deviceId")).toList()))
                .toList());
    }

    private DeclarationView view(Document version) {
        RegisterProperties.Institution institution = properties.institution();
        if (version == null) {
            return new DeclarationView(0, null, null, institution.name(), institution.address(), List.of());
        }
        return new DeclarationView(version.getInteger("_id"), instant(version, "validFrom"),
                instant(version, "validTo"), institution.name(), institution.address(),
                version.getList("devices", Document.class, List.of()).stream().map(DeclarationQueries::entry).toList());
    }

    private static DeclarationEntry entry(Document d) {
        String riskClass = d.getString("riskClass");
        return new DeclarationEntry(d.getString("deviceId"), d.getString("name"), d.getString("deviceVersion"),
                DeviceKind.valueOf(d.getString("kind")), riskClass == null ? null : DeviceClass.valueOf(riskClass),
                d.getString("intendedPurpose"), d.getBoolean("gsprFullyMet", true),
                d.getList("notFullyMet", Document.class, List.of()).stream()
                        .map(u -> new UnmetRequirement(u.getString("requirement"), u.getString("justification")))
                        .toList());
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
