package se.rjh.mtp.reporting.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Read models live in collections named {@code <model>_g<n>}. A pointer document names the active generation that
 * queries read; a replay builds the next generation beside it and switches the pointer only when it is complete.
 */
@Component
public class Generations {

    private static final String POINTER = "generations";

    private final MongoDatabase database;
    private final MongoCollection<Document> meta;
    private volatile int active;
    private volatile Integer building;

    public Generations(MongoDatabase database) {
        this.database = database;
        this.meta = database.getCollection("reporting_meta");
        Document pointer = meta.find(Filters.eq("_id", POINTER)).first();
        this.active = pointer == null ? 1 : pointer.getInteger("active");
        // A replay interrupted by a restart is abandoned: its half-built generation is dropped when the next starts.
        this.building = null;
        save();
    }

    public int active() {
        return active;
    }

    public Integer building() {
        return building;
    }

    public MongoCollection<Document> active(String model) {
        return of(model, active);
    }

    public MongoCollection<Document> of(String model, int generation) {
        return database.getCollection(model + "_g" + generation);
    }

    /** The generations a live event must reach: the active one and, during a replay, the one being built. */
    public synchronized List<Integer> writeTargets() {
        List<Integer> targets = new ArrayList<>(List.of(active));
        if (building != null) {
            targets.add(building);
        }
        return targets;
    }

    public synchronized int startBuilding() {
        int next = active + 1;
        drop(next);
        building = next;
        save();
        return next;
    }

    public synchronized void switchTo(int generation) {
        int old = active;
        active = generation;
        building = null;
        save();
        drop(old);
    }

    public synchronized void abandon() {
        if (building != null) {
            drop(building);
        }
        building = null;
        save();
    }

    private void drop(int generation) {
        String suffix = "_g" + generation;
        for (String name : database.listCollectionNames().into(new ArrayList<>())) {
            if (name.endsWith(suffix)) {
                database.getCollection(name).drop();
            }
        }
    }

    private void save() {
        meta.replaceOne(Filters.eq("_id", POINTER), new Document("_id", POINTER).append("active", active)
                .append("building", building), new ReplaceOptions().upsert(true));
    }
}
