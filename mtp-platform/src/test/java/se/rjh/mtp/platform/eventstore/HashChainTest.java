package se.rjh.mtp.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.reporting.view.ChainAnchors;
import se.rjh.mtp.api.reporting.view.ChainBreak;
import se.rjh.mtp.api.reporting.view.ChainBreak.Kind;
import se.rjh.mtp.platform.eventstore.TestEvents.Thing;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.rjh.mtp.platform.eventstore.TestEvents.event;
import static se.rjh.mtp.platform.eventstore.TestEvents.events;

class HashChainTest {

    private EmbeddedMongo mongo;
    private MongoCommitEventStorageEngine engine;
    private MongoDatabase db;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        db = mongo.database("chain");
        engine = TestEvents.engineBuilder(mongo, "chain").build();
        engine.appendEvents(events("a", 0, 2));
        engine.appendEvents(event("b", 0), event("a", 2));
        engine.appendEvents(events("a", 3, 2));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void readMetadataCarriesTheChain() {
        List<? extends DomainEventMessage<?>> a = engine.readEvents("a").asStream().toList();
        assertThat(a).hasSize(5);
        assertThat(a.get(0).getMetaData()).containsEntry(EventHashes.PREV_HASH_KEY, EventHashes.GENESIS)
                                          .containsEntry("user", "alice");
        for (int i = 1; i < a.size(); i++) {
            assertThat(a.get(i).getMetaData().get(EventHashes.PREV_HASH_KEY))
                    .isEqualTo(a.get(i - 1).getMetaData().get(EventHashes.HASH_KEY));
        }
        assertThat(engine.readEvents(null, false).map(e -> e.getMetaData().get(EventHashes.HASH_KEY)))
                .hasSize(6).doesNotContainNull();
    }

    @Test
    void hashCanBeRecomputedFromReadEventsWithEventHashes() {
        DomainEventMessage<?> first = engine.readEvents("a").asStream().findFirst().orElseThrow();
        Document stored = db.getCollection("events").find(Filters.eq("_id", 0L)).first();
        String storedMeta = stored.getList("events", Document.class).get(0).getString("m");
        String expected = EventHashes.hash(first.getIdentifier(), "a", "Agg", 0, first.getTimestamp().toEpochMilli(),
                                           Thing.class.getName(), null, "{\"name\":\"a-0\",\"value\":0}",
                                           EventHashes.canonicalMetaDataJson(storedMeta),
                                           EventHashes.GENESIS);
        assertThat(first.getMetaData().get(EventHashes.HASH_KEY)).isEqualTo(expected);
    }

    @Test
    void canonicalMetadataIgnoresOrderValueTypesAndHashKeys() {
        Map<String, Object> inserted = new java.util.LinkedHashMap<>();
        for (String key : List.of("traceId", "actor", "correlationId", "zeta", "alpha", "mtp.prevHash", "count")) {
            inserted.put(key, key.equals("count") ? (Object) 5 : key + "-value");
        }
        Map<String, Object> reversed = new java.util.LinkedHashMap<>();
        new java.util.ArrayDeque<>(inserted.keySet()).descendingIterator()
                .forEachRemaining(k -> reversed.put(k, k.equals("count") ? "5" : inserted.get(k)));
        reversed.put(EventHashes.HASH_KEY, "any");

        String canonical = EventHashes.canonicalMetaData(inserted);
        assertThat(EventHashes.canonicalMetaData(reversed)).isEqualTo(canonical);
        assertThat(EventHashes.canonicalMetaDataJson("{\"count\":5,\"alpha\":\"alpha-value\",\"zeta\":\"zeta-value\","
                + "\"correlationId\":\"correlationId-value\",\"actor\":\"actor-value\",\"traceId\":\"traceId-value\"}"))
                .isEqualTo(canonical);
        assertThat(canonical).doesNotContain("mtp.");
        assertThat(EventHashes.canonicalMetaData(Map.of("actor", "b"))).isNotEqualTo(EventHashes.canonicalMetaData(Map.of("actor", "c")));
    }

    @Test
    void forgedHashMetadataIsReplaced() {
        engine.appendEvents(new GenericDomainEventMessage<>("Agg", "c", 0, new Thing("c", 0),
                                                            MetaData.with(EventHashes.HASH_KEY, "forged")
                                                                    .and(EventHashes.PREV_HASH_KEY, "forged")));
        Map<String, ?> meta = engine.readEvents("c").asStream().findFirst().orElseThrow().getMetaData();
        assertThat(meta.get(EventHashes.HASH_KEY)).isNotEqualTo("forged");
        assertThat(meta.get(EventHashes.PREV_HASH_KEY)).isEqualTo(EventHashes.GENESIS);
        assertThat(new ChainVerifier(db).verify().valid()).isTrue();
    }

    @Test
    void untouchedStorePasses() {
        ChainVerificationReport report = new ChainVerifier(db).verify();
        assertThat(report.breaks()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.firstBreak()).isNull();
        assertThat(report.eventsChecked()).isEqualTo(6);
        assertThat(report.aggregatesChecked()).isEqualTo(2);
    }

    @Test
    void tamperedPayloadIsReportedAsChanged() {
        String eventId = edit(2L, 1, e -> e.put("p", "{\"name\":\"evil\",\"value\":2}"));

        ChainVerificationReport report = new ChainVerifier(db).verify();
        assertThat(report.valid()).isFalse();
        assertThat(report.breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.CHANGED);
            assertThat(b.aggregateId()).isEqualTo("a");
            assertThat(b.sequence()).isEqualTo(2);
            assertThat(b.globalIndex()).isEqualTo(3);
            assertThat(b.eventId()).isEqualTo(eventId);
        });
        assertThat(report.firstBreak()).isEqualTo(report.breaks().get(0));
    }

    @Test
    void eventWithoutHashFailsAndIsNamed() {
        String eventId = edit(2L, 1, e -> e.remove("h"));

        ChainVerificationReport report = new ChainVerifier(db).verify();
        assertThat(report.valid()).isFalse();
        assertThat(report.firstBreak()).isEqualTo(
                new ChainBreak("a", 2, eventId, Kind.MISSING_HASH, "no hash", 3L));
        // Its successor links to a hash that is not there: one break, not a cascade.
        assertThat(report.breaks()).hasSize(1);
    }

    @Test
    void eventWithoutPreviousHashLinkFails() {
        String eventId = edit(4L, 0, e -> e.put("ph", null));

        assertThat(new ChainVerifier(db).verify().breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.MISSING_HASH);
            assertThat(b.eventId()).isEqualTo(eventId);
            assertThat(b.detail()).isEqualTo("no previous-hash link");
        });
    }

    @Test
    void unreadableCommitIsABreakNotAnError() {
        edit(2L, 0, e -> e.put("s", "two"));

        ChainVerificationReport report = new ChainVerifier(db).verify();
        assertThat(report.valid()).isFalse();
        assertThat(report.firstBreak().kind()).isEqualTo(Kind.CHANGED);
        assertThat(report.firstBreak().globalIndex()).isEqualTo(2);
        assertThat(report.firstBreak().detail()).contains("cannot be read");
        // Its events are not walked, so a3 after a1 shows the hole its unreadable a2 left.
        assertThat(report.breaks()).extracting(ChainBreak::kind).containsExactly(Kind.CHANGED, Kind.REMOVED);
    }

    @Test
    void commitsHiddenAboveALoweredCounterAreReported() {
        db.getCollection("event_sequence").updateOne(Filters.eq("_id", "global"), Updates.set("value", 4L));

        ChainVerificationReport report = new ChainVerifier(db).verify();
        assertThat(report.valid()).isFalse();
        assertThat(report.eventsChecked()).isEqualTo(4);
        assertThat(report.firstBreak().detail()).startsWith("1 stored commit(s) lie at or above the global counter (4)");
    }

    @Test
    void storeThatReachesEveryAnchorIsValid() {
        ChainVerificationReport report = new ChainVerifier(db).verify(anchors(Map.of("a", 4L, "b", 0L)));
        assertThat(report.breaks()).isEmpty();
        assertThat(report.anchorsChecked()).isEqualTo(2);
        // Ahead of an anchor is normal: reporting-service has not received the latest events yet.
        assertThat(new ChainVerifier(db).verify(anchors(Map.of("a", 2L))).valid()).isTrue();
    }

    @Test
    void deletedLatestEventsAreFoundOnlyAgainstTheAnchor() {
        Map<String, ChainAnchors.Head> anchors = anchors(Map.of("a", 4L, "b", 0L));
        db.getCollection("events").deleteOne(Filters.eq("_id", 4L));

        assertThat(new ChainVerifier(db).verify().valid()).as("the chain alone cannot tell").isTrue();
        ChainVerificationReport report = new ChainVerifier(db).verify(anchors);
        assertThat(report.valid()).isFalse();
        assertThat(report.breaks()).singleElement().isEqualTo(report.firstBreak());
        assertThat(report.firstBreak()).isEqualTo(new ChainBreak("a", 4, anchors.get("a").eventId(), Kind.TRUNCATED,
                "reporting-service received sequence 4 over Kafka; the store holds none at that sequence (its chain "
                        + "ends at 2)", null));
    }

    @Test
    void aggregateMissingFromTheStoreIsTruncated() {
        ChainAnchors.Head elsewhere = new ChainAnchors.Head(0, "e-c", "c".repeat(64));

        assertThat(new ChainVerifier(db).verify(Map.of("c", elsewhere)).breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.TRUNCATED);
            assertThat(b.eventId()).isEqualTo("e-c");
            assertThat(b.detail()).endsWith("the store holds no event of this aggregate");
        });
    }

    @Test
    void rewrittenHeadWithAConsistentChainDiffersFromTheAnchor() {
        Map<String, ChainAnchors.Head> anchors = anchors(Map.of("a", 4L));
        MongoCollection<Document> events = db.getCollection("events");
        Document commit = events.find(Filters.eq("_id", 4L)).first();
        Document head = commit.getList("events", Document.class).get(1);
        head.put("p", "{\"name\":\"rewritten\",\"value\":4}");
        head.put("h", CommitDocuments.events(commit).get(1).recomputeHash());
        events.replaceOne(Filters.eq("_id", 4L), commit);

        assertThat(new ChainVerifier(db).verify().valid()).as("the chain alone cannot tell").isTrue();
        ChainBreak rewritten = new ChainVerifier(db).verify(anchors).firstBreak();
        assertThat(rewritten.kind()).isEqualTo(Kind.REWRITTEN);
        assertThat(rewritten.eventId()).isEqualTo(anchors.get("a").eventId());
        assertThat(rewritten.globalIndex()).isEqualTo(5);
    }

    @Test
    void anchorsForAnotherServiceOrMalformedAreRefusedNamingTheField() {
        EventStoreAdminController controller = new EventStoreAdminController(new ChainVerifier(db), "case-service");
        Map<String, ChainAnchors.Head> heads = anchors(Map.of("a", 4L));

        assertThat(controller.verify(new ChainAnchors("case-service", heads)).valid()).isTrue();
        assertThatThrownBy(() -> controller.verify(new ChainAnchors("group-service", heads)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("service"));
        assertThatThrownBy(() -> controller.verify(new ChainAnchors("case-service", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("heads"));
        ChainAnchors.Head a = heads.get("a");
        assertThatThrownBy(() -> controller.verify(new ChainAnchors("case-service",
                Map.of("a", new ChainAnchors.Head(4, a.eventId(), a.hash().toUpperCase())))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                                        e -> assertThat(e.field()).isEqualTo("heads.a.hash"));
        assertThatThrownBy(() -> controller.verify(new ChainAnchors("case-service",
                Map.of("a", new ChainAnchors.Head(-1, a.eventId(), a.hash())))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                                        e -> assertThat(e.field()).isEqualTo("heads.a.sequence"));
    }

    /** Heads as reporting-service would anchor them: the stored event at each given sequence, as read back. */
    private Map<String, ChainAnchors.Head> anchors(Map<String, Long> sequences) {
        Map<String, ChainAnchors.Head> heads = new java.util.HashMap<>();
        sequences.forEach((aggregateId, seq) -> {
            DomainEventMessage<?> e = engine.readEvents(aggregateId).asStream()
                    .filter(m -> m.getSequenceNumber() == seq).findFirst().orElseThrow();
            heads.put(aggregateId, new ChainAnchors.Head(seq, e.getIdentifier(),
                                                         (String) e.getMetaData().get(EventHashes.HASH_KEY)));
        });
        return heads;
    }

    /** Changes one stored event in place and returns its id. */
    private String edit(long commitId, int position, Consumer<Document> change) {
        MongoCollection<Document> events = db.getCollection("events");
        Document commit = events.find(Filters.eq("_id", commitId)).first();
        Document event = commit.getList("events", Document.class).get(position);
        change.accept(event);
        events.replaceOne(Filters.eq("_id", commitId), commit);
        return event.getString("id");
    }

    @Test
    void removedCommitIsReportedAsRemoved() {
        db.getCollection("events").deleteOne(Filters.eq("_id", 2L));

        ChainVerificationReport report = new ChainVerifier(db).verify();
        assertThat(report.breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.REMOVED);
            assertThat(b.aggregateId()).isEqualTo("a");
            assertThat(b.sequence()).isEqualTo(3);
        });
    }

    @Test
    void relinkedEventIsReportedAsReordered() {
        MongoCollection<Document> events = db.getCollection("events");
        Document commit = events.find(Filters.eq("_id", 4L)).first();
        Document moved = commit.getList("events", Document.class).get(0);
        moved.put("ph", EventHashes.GENESIS);
        moved.put("h", CommitDocuments.events(commit).get(0).recomputeHash());
        events.replaceOne(Filters.eq("_id", 4L), commit);

        assertThat(new ChainVerifier(db).verify().breaks()).extracting(ChainBreak::kind).contains(Kind.REORDERED);
    }
}
