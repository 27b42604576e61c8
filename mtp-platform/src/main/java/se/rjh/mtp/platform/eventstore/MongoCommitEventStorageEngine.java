package se.rjh.mtp.platform.eventstore;

import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Axon event storage on MongoDB that works the same on real MongoDB and on mongo-java-server.
 * <p>
 * Layout: {@code events} holds ONE DOCUMENT PER COMMIT (one {@code appendEvents} call), so a commit - several events,
 * several aggregates - is stored entirely or not at all without transactions (mongo-java-server has none; each single
 * insert is atomic on it as on MongoDB). {@code _id} is the global index of the commit's first event; its events own
 * the consecutive indexes after it, all listed in {@code globalIndexes} under a UNIQUE multikey index: every event is
 * found by its own index, and a commit whose range overlaps a stored one is refused by the server, so two events can
 * never share an index. {@code streamKeys} holds {@code "<aggregateId>/<seq>"} per domain event under a UNIQUE index:
 * that index is both the optimistic-concurrency guard (a duplicate key becomes Axon's ConcurrencyException /
 * AggregateStreamCreationException and nothing of the commit is stored) and the aggregate-stream index.
 * {@code event_sequence} holds the counter that reserves the indexes ({@code $inc}); {@code snapshots} holds the
 * latest snapshot per aggregate by {@code _id}.
 * <p>
 * Why: mongo-java-server uses an index only for equality / {@code $in} on exactly a unique index's keys, so every
 * query here is {@code _id $in}, {@code globalIndexes $in} or {@code streamKeys $in}; nothing scans, so cost does not
 * grow with the store. Tracking uses {@link GapAwareTrackingToken}: a reserved index whose commit arrives late is a
 * gap and is delivered once when it appears; a gap still missing {@code gapTimeout} after this reader first saw it
 * (the reader's clock) is dropped; windows of reservations that never committed are skipped up to the counter. A
 * dropped gap, and the range of a commit whose insert had an unknown outcome and was found absent, is taken by a void
 * commit (no events), so a commit still on its way can never land there: a late writer stores it under new indexes.
 * Each event carries a SHA-256 hash chained per aggregate ({@link EventHashes}), returned in the read metadata and
 * checked by {@link ChainVerifier}.
 * <p>
 * The unique indexes are created by {@link #ensureIndexes()}, which the constructor calls (idempotent); it also
 * migrates commits written before {@code globalIndexes} existed ({@link GlobalIndexLayout}).
 */
public class MongoCommitEventStorageEngine extends BatchingEventStorageEngine {

    /** Aggregates whose latest hash is kept in memory for chaining new events. */
    private static final int CHAIN_CACHE_SIZE = 10_000;
    /** mongo-java-server accepts it (it has no replication and ignores it). */
    private static final WriteConcern WRITE_CONCERN = WriteConcern.MAJORITY;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> sequenceCollection;
    private final GlobalSequence sequence;
    private final StreamReader streams;
    private final SnapshotStore snapshots;
    private final CommitWriter writer;
    private final TrackingReader tracking;

    protected MongoCommitEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase db = builder.database;
        this.events = db.getCollection(StoreCollections.EVENTS).withWriteConcern(WRITE_CONCERN);
        this.sequenceCollection = db.getCollection(StoreCollections.SEQUENCE).withWriteConcern(WRITE_CONCERN);
        this.sequence = new GlobalSequence(sequenceCollection);
        this.streams = new StreamReader(events);
        this.snapshots = new SnapshotStore(
                db.getCollection(StoreCollections.SNAPSHOTS).withWriteConcern(WRITE_CONCERN));
        this.writer = new CommitWriter(events, sequence, streams, new ChainHeads(CHAIN_CACHE_SIZE), builder.clock);
        this.tracking = new TrackingReader(events, sequence, builder.gapTimeout, builder.clock);
        ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates the unique {@code streamKeys} index (the concurrency guard) and the unique {@code globalIndexes} index
     * (no two events share an index), migrating older commits first; idempotent.
     */
    public void ensureIndexes() {
        events.createIndex(Indexes.ascending(CommitDocuments.STREAM_KEYS),
                           new IndexOptions().unique(true).name("streamKeys_unique"));
        new GlobalIndexLayout(events, sequenceCollection).ensure();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        List<StoredEvent> prepared = writer.prepare(messages, serializer);
        try {
            writer.commit(prepared);
        } catch (MongoException e) {
            int conflict = MongoDuplicateKeyResolver.isDuplicateKey(e) ? writer.conflictIndex(prepared) : -1;
            handlePersistenceException(e, messages.get(Math.max(conflict, 0)));
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        try {
            snapshots.store(writer.prepare(List.of(snapshot), serializer, false).get(0));
        } catch (MongoException e) {
            handlePersistenceException(e, snapshot);
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return snapshots.read(aggregateIdentifier).map(StoredEventData::new).stream();
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return tracking.fetch(lastToken, batchSize);
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                  int batchSize) {
        return streams.read(aggregateIdentifier, firstSequenceNumber, batchSize).stream()
                      .map(StoredEventData::new).toList();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long known = snapshots.read(aggregateIdentifier).map(StoredEvent::sequenceNumber).orElse(-1L);
        long last = streams.lastSequenceNumber(aggregateIdentifier, known, StreamReader.FIRST_WINDOW);
        return last < 0 ? Optional.empty() : Optional.of(last);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /** Positioned after every reserved index; reservations still in flight at this moment are not tracked. */
    @Override
    public TrackingToken createHeadToken() {
        long reserved = sequence.reservedCount();
        return reserved == 0 ? null : GapAwareTrackingToken.newInstance(reserved - 1, Set.of());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return tracking.createTokenAt(dateTime);
    }

    /** Test seam: reserve indexes without committing (simulates a writer that commits late or never). */
    long reserve(int count) {
        return writer.reserve(count);
    }

    /** Test seam: insert events at indexes reserved earlier with {@link #reserve(int)}, or anywhere: no retry. */
    void appendAt(long firstIndex, List<? extends EventMessage<?>> messages) {
        writer.insert(firstIndex, writer.prepare(messages, getEventSerializer()));
    }

    /**
     * Test seam: a writer whose insert of indexes reserved earlier comes late, as the writer thread handles it
     * (new numbers if its indexes were given up meanwhile). Returns the first index the commit was stored at.
     */
    long appendLate(long firstIndex, List<? extends EventMessage<?>> messages) {
        return writer.insertLate(firstIndex, writer.prepare(messages, getEventSerializer()));
    }

    /** Builder; the database is required, everything else has a default. */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();

        protected Builder() {
            persistenceExceptionResolver(new MongoDuplicateKeyResolver());
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** How long a reserved but uncommitted index stays a gap in tracking tokens (default 60 s). */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /** Clock for commit timestamps and this reader's gap expiry; for tests. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        public MongoCommitEventStorageEngine build() {
            return new MongoCommitEventStorageEngine(this);
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("database is required");
            }
            if (gapTimeout == null || gapTimeout.isNegative() || clock == null) {
                throw new AxonConfigurationException("invalid gapTimeout or clock");
            }
        }
    }
}
