package se.rjh.mtp.groups.register.projection;

import static se.rjh.mtp.platform.readmodel.ReadModelFields.date;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.view.HistoryEntry;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.InHouseDeviceIds;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.view.InHouseDeviceListItem;
import se.rjh.mtp.api.devices.view.InHouseDevicePage;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.groups.register.RegisterProperties;
import se.rjh.mtp.groups.register.domain.ResponsibleUnits;

/**
 * The register's read side: one device and its timeline folded from the event store, the list and the due items
 * from the list's read model.
 */
@Component
public class DeviceQueries {

    public static final int MAX_PAGE_SIZE = 200;
    private static final List<String> IN_SERVICE =
            List.of(InHouseDeviceStatus.RELEASED.name(), InHouseDeviceStatus.IN_USE.name());

    private final EventStore eventStore;
    private final MongoCollection<Document> devices;
    private final ResponsibleUnits units;
    private final RegisterProperties properties;

    DeviceQueries(EventStore eventStore, MongoDatabase database, ResponsibleUnits units,
                  RegisterProperties properties) {
        this.eventStore = eventStore;
        this.devices = database.getCollection(DeviceListProjection.COLLECTION);
        this.units = units;
        this.properties = properties;
    }

    public InHouseDeviceView details(String id) {
        DeviceDetails details = DeviceDetails.fold(events(id)).orElseThrow(() -> new NotFoundException("Device", id));
        String unitId = details.responsibleUnitId();
        return details.view(unitId == null ? null : units.activeUnitName(unitId).orElse(null),
                properties.ivo().deadline());
    }

    /** Every event of the device, oldest first, with who caused it. */
    public List<HistoryEntry> history(String id) {
        List<? extends DomainEventMessage<?>> events = events(id);
        if (events.isEmpty()) {
            throw new NotFoundException("Device", id);
        }
        return events.stream().map(event -> {
            Object actor = event.getMetaData().get(MetadataKeys.ACTOR);
            return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                    event.getTimestamp(), actor == null ? null : actor.toString(), event.getPayload());
        }).toList();
    }

    /** Read from sequence 0, never from a snapshot: the page and the timeline show every event. */
    private List<? extends DomainEventMessage<?>> events(String id) {
        if (!InHouseDeviceIds.isValid(id)) {
            return List.of(); // not a register id, so no device: answered 404 like an unknown one
        }
        return eventStore.readEvents(id, 0).asStream().toList();
    }

    /** By register number; {@code text} matches the id, name and intended purpose, case-insensitively. */
    public InHouseDevicePage list(InHouseDeviceStatus status, String unitId, String text, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        List<Bson> filters = new ArrayList<>();
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        if (unitId != null && !unitId.isBlank()) {
            filters.add(Filters.eq("responsibleUnitId", unitId.strip()));
        }
        if (text != null && !text.isBlank()) {
            filters.add(Filters.regex("search", Pattern.compile(Pattern.quote(text.strip().toLowerCase(Locale.ROOT)))));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
        Map<String, Optional<String>> unitNames = new HashMap<>();
        List<InHouseDeviceListItem> items = devices.find(filter).sort(Sorts.ascending("number"))
                .skip(page * size).limit(size).into(new ArrayList<>()).stream()
                .map(d -> item(d, unitNames)).toList();
        return new InHouseDevicePage(items, page, size, devices.countDocuments(filter));
    }

    private InHouseDeviceListItem item(Document d, Map<String, Optional<String>> unitNames) {
        String unitId = d.getString("responsibleUnitId");
        String unitName = unitId == null ? null
                : unitNames.computeIfAbsent(unitId, units::activeUnitName).orElse(null);
        String riskClass = d.getString("riskClass");
        return new InHouseDeviceListItem(d.getString("_id"), d.getString("name"), d.getString("deviceVersion"),
                DeviceKind.valueOf(d.getString("kind")), riskClass == null ? null : DeviceClass.valueOf(riskClass),
                InHouseDeviceStatus.valueOf(d.getString("status")), d.getInteger("version", 0), unitId, unitName,
                d.getString("linkedCaseNumber"), date(d, "nextReviewDue"), d.getBoolean("reviewOverdue", false),
                date(d, "nextMarketSearchDue"), d.getBoolean("marketSearchOverdue", false),
                d.getInteger("incidentCount", 0), d.getList("openActions", String.class, List.of()).size());
    }

    /** Devices in service whose review was due before {@code today} and is not yet marked overdue. */
    public List<String> reviewsPastDue(LocalDate today) {
        return pastDue("nextReviewDue", "reviewOverdue", today);
    }

    /** Devices in service whose market search was due before {@code today} and is not yet marked overdue. */
    public List<String> marketSearchesPastDue(LocalDate today) {
        return pastDue("nextMarketSearchDue", "marketSearchOverdue", today);
    }

    private List<String> pastDue(String dueField, String overdueField, LocalDate today) {
        return devices.find(Filters.and(Filters.in("status", IN_SERVICE), Filters.lt(dueField, today.toString()),
                        Filters.ne(overdueField, true)))
                .into(new ArrayList<>()).stream().map(d -> d.getString("_id")).toList();
    }
}
