package se.rjh.mtp.platform.web;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import se.rjh.mtp.platform.eventstore.MongoDuplicateKeyResolver;

/**
 * The service's idempotency keys, one document per key in the collection {@value #COLLECTION}: {@code _id} (unique by
 * construction) names the caller, method, path and key; the document holds a fingerprint of the request and, once
 * the first request is done, its response. Claiming a key is one insert, so of two concurrent requests with one key
 * exactly one proceeds, on one instance or several.
 */
final class IdempotencyRecords {

    static final String COLLECTION = "idempotency_keys";
    private static final String FINGERPRINT = "fingerprint";
    private static final String STATE = "state";
    private static final String STARTED_AT = "startedAt";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String DONE = "DONE";
    private static final int INDEX_OPTIONS_CONFLICT = 85;
    private static final MongoDuplicateKeyResolver DUPLICATES = new MongoDuplicateKeyResolver();

    /** What a request with a key may do. */
    enum Verdict { PROCEED, REPLAY, IN_PROGRESS, DIFFERENT_REQUEST }

    /** The verdict, and with {@code REPLAY} the first request's response. */
    record Claim(Verdict verdict, StoredResponse response) {
    }

    /** What the first request answered; enough to answer a repeat the same way. */
    record StoredResponse(int status, String contentType, String location, byte[] body) {
    }

    private final MongoCollection<Document> records;
    private final Clock clock;
    private final Duration lease;

    /**
     * @param retention how long a key is remembered (a TTL index; the embedded server keeps keys for ever)
     * @param lease     after this long a key still in progress counts as abandoned (its instance died) and may be
     *                  claimed again
     */
    IdempotencyRecords(MongoDatabase database, Clock clock, Duration retention, Duration lease) {
        this.records = database.getCollection(COLLECTION);
        this.clock = clock;
        this.lease = lease;
        IndexOptions ttl = new IndexOptions().name("startedAt_ttl").expireAfter(retention.toSeconds(), TimeUnit.SECONDS);
        try {
            records.createIndex(Indexes.ascending(STARTED_AT), ttl);
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != INDEX_OPTIONS_CONFLICT) {
                throw e;
            }
            // The retention was changed: the index is rebuilt with the new one.
            records.dropIndex("startedAt_ttl");
            records.createIndex(Indexes.ascending(STARTED_AT), ttl);
        }
    }

    Claim claim(String id, String fingerprint) {
        Document fresh = new Document("_id", id).append(FINGERPRINT, fingerprint).append(STATE, IN_PROGRESS)
                .append(STARTED_AT, Date.from(clock.instant()));
        // A few rounds at most: between our failed insert and our read, the other request may have let go of the key.
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                records.insertOne(fresh);
                return new Claim(Verdict.PROCEED, null);
            } catch (RuntimeException e) {
                if (!DUPLICATES.isDuplicateKeyViolation(e)) {
                    throw e;
                }
            }
            Document existing = records.find(Filters.eq("_id", id)).first();
            if (existing == null) {
                continue;
            }
            if (!fingerprint.equals(existing.getString(FINGERPRINT))) {
                return new Claim(Verdict.DIFFERENT_REQUEST, null);
            }
            if (DONE.equals(existing.getString(STATE))) {
                return new Claim(Verdict.REPLAY, stored(existing));
            }
            Date started = existing.getDate(STARTED_AT);
            if (!started.toInstant().plus(lease).isBefore(clock.instant())) {
                return new Claim(Verdict.IN_PROGRESS, null);
            }
            // Abandoned: taken over only if no one else took it over first.
            if (records.findOneAndReplace(Filters.and(Filters.eq("_id", id), Filters.eq(STATE, IN_PROGRESS),
                    Filters.eq(STARTED_AT, started)), fresh) != null) {
                return new Claim(Verdict.PROCEED, null);
            }
        }
        return new Claim(Verdict.IN_PROGRESS, null);
    }

    void complete(String id, StoredResponse response) {
        records.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(STATE, IN_PROGRESS)), Updates.combine(
                Updates.set(STATE, DONE),
                Updates.set("response", new Document("status", response.status())
                        .append("contentType", response.contentType())
                        .append("location", response.location())
                        .append("body", new Binary(response.body())))));
    }

    /** Lets go of a key whose request did not succeed, so that the client may try again with it. */
    void release(String id) {
        records.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq(STATE, IN_PROGRESS)));
    }

    private static StoredResponse stored(Document record) {
        Document response = record.get("response", Document.class);
        return new StoredResponse(response.getInteger("status"), response.getString("contentType"),
                response.getString("location"), response.get("body", Binary.class).getData());
    }
}
