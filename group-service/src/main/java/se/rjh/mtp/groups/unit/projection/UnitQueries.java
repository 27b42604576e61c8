package se.rjh.mtp.groups.unit.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.view.UnitView;

/** The register as {@link UnitView}s, by name. */
@Component
public class UnitQueries {

    private final MongoCollection<Document> units;

    UnitQueries(MongoDatabase database) {
        this.units = database.getCollection(UnitProjection.COLLECTION);
    }

    /** Every unit, or only the active ones. */
    public List<UnitView> list(boolean activeOnly) {
        Bson filter = activeOnly ? Filters.eq("active", true) : Filters.empty();
        return units.find(filter).sort(Sorts.ascending("name")).into(new ArrayList<>()).stream()
                .map(d -> new UnitView(d.getString("_id"), d.getString("name"), d.getString("hsaId"),
                        d.getString("contactEmail"), d.getBoolean("active", false), d.getString("deactivationReason")))
                .toList();
    }
}
