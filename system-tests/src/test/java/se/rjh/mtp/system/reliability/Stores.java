package se.rjh.mtp.system.reliability;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/** Looks into the services' databases with the plain driver, as an auditor with read access would. */
final class Stores implements AutoCloseable {

    private final MongoClient client;

    Stores(String uri) {
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .build());
    }

    MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    /** Events reporting-service has recorded in its audit log (one document per event id), per producing service. */
    long audited(String service) {
        MongoDatabase reporting = database("mtp-reporting");
        Document pointer = reporting.getCollection("reporting_meta").find(Filters.eq("_id", "generations")).first();
        int active = pointer == null ? 1 : pointer.getInteger("active");
        return reporting.getCollection("audit_log_g" + active).countDocuments(Filters.eq("service", service));
    }

    /** Every event reporting-service has recorded, whatever its source: a cheap count to watch progress by. */
    long auditedTotal() {
        MongoDatabase reporting = database("mtp-reporting");
        Document pointer = reporting.getCollection("reporting_meta").find(Filters.eq("_id", "generations")).first();
        int active = pointer == null ? 1 : pointer.getInteger("active");
        return reporting.getCollection("audit_log_g" + active).estimatedDocumentCount();
    }

    /** Every event in a service's event store, in global order: {@code id}, {@code a} (aggregate), {@code s} (sequence). */
    List<Document> storedEvents(String database) {
        List<Document> events = new ArrayList<>();
        for (Document commit : database(database).getCollection("events").find().sort(new Document("_id", 1))) {
            events.addAll(commit.getList("events", Document.class));
        }
        return events;
    }

    @Override
    public void close() {
        client.close();
    }
}
