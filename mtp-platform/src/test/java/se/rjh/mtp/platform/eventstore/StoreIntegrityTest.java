package se.rjh.mtp.platform.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.platform.eventstore.GapTimeoutTest.ManualClock;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.rjh.mtp.platform.eventstore.TestEvents.event;
import static se.rjh.mtp.platform.eventstore.TestEvents.events;

/** Every event is found by its own global index, no two events share one, and gaps expire on the reader's clock. */
class StoreIntegrityTest {

    private static final AtomicInteger DB = new AtomicInteger();
    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    /** Defect 1: a reader restarted with gaps inside a late multi-event commit still gets the rest of that commit. */
    @Test
    void lateMultiEventCommitIsFoundFromAnyIndexInsideIt() {
        String db = "integrity" + DB.incrementAndGet();
        MongoCommitEventStorageEngine engine = TestEvents.engineBuilder(mongo, db).build();
        long late = engine.reserve(5);
        engine.appendEvents(event("on-time", 0));
        TrackingToken afterOnTime = track(engine, null, Integer.MAX_VALUE).get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) afterOnTime).getGaps()).containsExactly(0L, 1L, 2L, 3L, 4L);

        List<DomainEventMessage<?>> lateCommit = events("late", 0, 5);
        engine.appendAt(late, lateCommit);
        TrackedEventMessage<?> firstOfLate = track(engine, afterOnTime, 1).get(0);
        assertThat(((GapAwareTrackingToken) firstOfLate.trackingToken()).getGaps()).containsExactly(1L, 2L, 3L, 4L);

        MongoCommitEventStorageEngine restarted = TestEvents.engineBuilder(mongo, db).build();
        assertThat(track(restarted, firstOfLate.trackingToken(), Integer.MAX_VALUE))
                .extracting(EventMessage::getIdentifier)
                .containsExactlyElementsOf(lateCommit.subList(1, 5).stream().map(EventMessage::getIdentifier).toList());
    }

    /** Defect 2: a commit starting inside another commit's range is refused by the server, not detected later. */
    @Test
    void overlappingRangeIsRefusedByTheUniqueIndex() {
        String db = "integrity" + DB.incrementAndGet();
        MongoCommitEventStorageEngine engine = TestEvents.engineBuilder(mongo, db).build();
        engine.appendEvents(events("a", 0, 5));

        assertThatThrownBy(() -> engine.appendAt(2, List.of(event("b", 0))))
                .isInstanceOf(MongoException.class)
                .satisfies(e -> assertThat(MongoDuplicateKeyResolver.isDuplicateKey(e)).isTrue());

        assertThat(engine.readEvents("b").asStream()).isEmpty();
        assertThat(track(engine, null, Integer.MAX_VALUE)).hasSize(5);
    }

    /** Defect 2 with the counter behind the data (restored backup, second writer): new numbers, never a shared one. */
    @Test
    void counterBehindTheDataNeverYieldsASharedIndex() {
        String db = "integrity" + DB.incrementAndGet();
        MongoCommitEventStorageEngine engine = TestEvents.engineBuilder(mongo, db).build();
        engine.appendEvents(events("a", 0, 3));
        mongo.database(db).getCollection("event_sequence")
             .updateOne(Filters.eq("_id", "global"), Updates.set("value", 1L));

        engine.appendEvents(event("b", 0));

        List<Long> indexes = track(engine, null, Integer.MAX_VALUE).stream()
                .map(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex()).toList();
        assertThat(indexes).hasSize(4).doesNotHaveDuplicates().isSorted();
        assertThat(indexes.get(3)).isGreaterThan(2);
    }

    /** A copy of the events without the counter (restored or copied store): the counter is 0, every event is read. */
    @Test
    void aStoreCopiedWithoutItsCounterIsReadWhole() {
        String db = "integrity" + DB.incrementAndGet();
        MongoCommitEventStorageEngine original = TestEvents.engineBuilder(mongo, db).build();
        for (int i = 0; i < 10; i++) {
            original.appendEvents(events("agg" + i % 3, i / 3 * 3L, 3));
        }
        List<Document> commits = mongo.database(db).getCollection("events").find().into(new ArrayList<>());
        String copy = db + "-copy";
        mongo.database(copy).getCollection("events").insertMany(commits);

        for (int batchSize : new int[]{7, 100}) {
            MongoCommitEventStorageEngine copied = TestEvents.engineBuilder(mongo, copy).batchSize(batchSize).build();
            assertThat(track(copied, null, Integer.MAX_VALUE)).extracting(EventMessage::getIdentifier)
                    .containsExactlyElementsOf(track(original, null, Integer.MAX_VALUE).stream()
                                                       .map(EventMessage::getIdentifier).toList());
        }
    }

    /** Defect 5: a writer whose clock is ten minutes behind cannot make the reader give up on a gap early. */
    @Test
    void gapExpiryUsesOnlyTheReadersClock() {
        String db = "integrity" + DB.incrementAndGet();
        ManualClock readerClock = new ManualClock();
        Clock writerClock = Clock.offset(readerClock, Duration.ofMinutes(-10));
        MongoCommitEventStorageEngine writer = TestEvents.engineBuilder(mongo, db).clock(writerClock).build();
        MongoCommitEventStorageEngine reader = TestEvents.engineBuilder(mongo, db).clock(readerClock)
                                                         .gapTimeout(Duration.ofSeconds(60)).build();
        long late = writer.reserve(2);
        writer.appendEvents(event("on-time", 0));
        TrackingToken token = track(reader, null, Integer.MAX_VALUE).get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) token).getGaps()).containsExactly(late, late + 1);

        readerClock.advance(Duration.ofSeconds(30));
        writer.appendEvents(event("on-time", 1));
        token = track(reader, token, Integer.MAX_VALUE).get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) token).getGaps()).containsExactly(late, late + 1);

        // The late commit lands before the timeout on the reader's clock; the reader looks only after it: a filled
        // gap is delivered, not expired.
        readerClock.advance(Duration.ofSeconds(20));
        List<DomainEventMessage<?>> lateCommit = events("late", 0, 2);
        writer.appendAt(late, lateCommit);
        readerClock.advance(Duration.ofSeconds(60));
        assertThat(track(reader, token, Integer.MAX_VALUE)).extracting(EventMessage::getIdentifier)
                .containsExactlyElementsOf(lateCommit.stream().map(EventMessage::getIdentifier).toList());
    }

    @Test
    void gapStillMissingAfterTheTimeoutOnTheReadersClockExpires() {
        String db = "integrity" + DB.incrementAndGet();
        ManualClock readerClock = new ManualClock();
        Clock writerClock = Clock.offset(readerClock, Duration.ofMinutes(10));
        MongoCommitEventStorageEngine writer = TestEvents.engineBuilder(mongo, db).clock(writerClock).build();
        MongoCommitEventStorageEngine reader = TestEvents.engineBuilder(mongo, db).clock(readerClock)
                                                         .gapTimeout(Duration.ofSeconds(60)).build();
        writer.reserve(1);
        writer.appendEvents(event("on-time", 0));
        TrackingToken token = track(reader, null, Integer.MAX_VALUE).get(0).trackingToken();
        readerClock.advance(Duration.ofSeconds(59));
        writer.appendEvents(event("on-time", 1));
        token = track(reader, token, Integer.MAX_VALUE).get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) token).getGaps()).containsExactly(0L);

        readerClock.advance(Duration.ofSeconds(2));
        writer.appendEvents(event("on-time", 2));
        token = track(reader, token, Integer.MAX_VALUE).get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) token).getGaps()).isEmpty();
    }

    /** An expired gap is fenced: a commit that still arrives is stored under new indexes and delivered, not lost. */
    @Test
    void commitLandingAfterItsGapExpiredIsStoredAnewAndDelivered() {
        String db = "integrity" + DB.incrementAndGet();
        ManualClock clock = new ManualClock();
        MongoCommitEventStorageEngine engine = TestEvents.engineBuilder(mongo, db).clock(clock).build();
        long late = engine.reserve(3);
        engine.appendEvents(event("on-time", 0));
        TrackingToken token = track(engine, null, Integer.MAX_VALUE).get(0).trackingToken();
        clock.advance(Duration.ofSeconds(61));
        engine.appendEvents(event("on-time", 1));
        token = track(engine, token, Integer.MAX_VALUE).get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) token).getGaps()).isEmpty();

        List<DomainEventMessage<?>> lateCommit = events("late", 0, 3);
        long storedAt = engine.appendLate(late, lateCommit);

        assertThat(storedAt).isGreaterThan(late + 2);
        assertThat(track(engine, token, Integer.MAX_VALUE)).extracting(EventMessage::getIdentifier)
                .containsExactlyElementsOf(lateCommit.stream().map(EventMessage::getIdentifier).toList());
        assertThat(track(TestEvents.engineBuilder(mongo, db).build(), null, Integer.MAX_VALUE)).hasSize(5);
    }

    /** Commits written before globalIndexes existed are given their ranges at start, then found by any index. */
    @Test
    void olderCommitsAreMigratedAtStart() {
        String db = "integrity" + DB.incrementAndGet();
        MongoCommitEventStorageEngine engine = TestEvents.engineBuilder(mongo, db).build();
        MongoCollection<Document> events = fourEventsStoredWithoutGlobalIndexes(engine, db);
        TrackingToken afterFirst = track(engine, null, 1).get(0).trackingToken();

        MongoCommitEventStorageEngine upgraded = TestEvents.engineBuilder(mongo, db).build();

        assertThat(events.find().first().getList(CommitDocuments.GLOBAL_INDEXES, Long.class))
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(track(upgraded, afterFirst, Integer.MAX_VALUE)).hasSize(3);
        assertThatThrownBy(() -> upgraded.appendAt(2, List.of(event("b", 0)))).isInstanceOf(MongoException.class);
    }

    @Test
    void olderDataWithOverlappingRangesStopsTheStart() {
        String db = "integrity" + DB.incrementAndGet();
        MongoCollection<Document> events = fourEventsStoredWithoutGlobalIndexes(
                TestEvents.engineBuilder(mongo, db).build(), db);
        Document overlapping = events.find().first();
        overlapping.put("_id", 2L);
        overlapping.put(CommitDocuments.STREAM_KEYS, List.of("x/0"));
        events.insertOne(overlapping);

        assertThatThrownBy(() -> TestEvents.engineBuilder(mongo, db).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("overlap");
    }

    /** One commit of four events as a store written before {@code globalIndexes} existed holds it; its commits. */
    private static MongoCollection<Document> fourEventsStoredWithoutGlobalIndexes(MongoCommitEventStorageEngine engine,
                                                                                  String db) {
        engine.appendEvents(events("a", 0, 4));
        MongoCollection<Document> events = mongo.database(db).getCollection("events");
        events.dropIndex(GlobalIndexLayout.INDEX_NAME);
        events.updateMany(new Document(), Updates.unset(CommitDocuments.GLOBAL_INDEXES));
        mongo.database(db).getCollection("event_sequence").deleteOne(Filters.eq("_id", "layout"));
        return events;
    }

    private static List<TrackedEventMessage<?>> track(MongoCommitEventStorageEngine engine, TrackingToken from,
                                                      int limit) {
        List<TrackedEventMessage<?>> result = new ArrayList<>();
        engine.readEvents(from, false).limit(limit).forEach(result::add);
        return result;
    }
}
