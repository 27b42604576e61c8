package se.rjh.mtp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.reporting.view.ChainAnchors;
import se.rjh.mtp.api.reporting.view.ChainBreak;
import se.rjh.mtp.api.reporting.view.ChainBreak.Kind;
import se.rjh.mtp.api.reporting.view.ChainVerificationReport;
import se.rjh.mtp.platform.eventstore.EmbeddedMongo;
import se.rjh.mtp.platform.eventstore.EventHashes;
import se.rjh.mtp.reporting.ingest.AuditRecords;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.reporting.verify.ChainAnchoring;
import se.rjh.mtp.reporting.verify.ChainVerification;

/**
 * reporting-service's verification of its own copy, and the heads it anchors for the writing services, over records
 * stored exactly as ingestion stores them.
 */
class ChainVerificationTest {

    private EmbeddedMongo mongo;
    private Generations generations;
    private MongoCollection<Document> log;
    private ChainVerification verification;
    private Scenario scenario;

    @BeforeEach
    void storeTheScenario() {
        mongo = new EmbeddedMongo();
        generations = new Generations(mongo.database("reporting"));
        log = generations.active(ReadModelWriter.AUDIT_LOG);
        verification = new ChainVerification(generations);
        Serializer serializer = EventFactory.platformLikeSerializer();
        scenario = new Scenario(new EventFactory(serializer), "unit");
        scenario.events.forEach(e -> log.insertOne(AuditRecords.from(e, serializer)));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void untouchedCopyIsValid() {
        ChainVerificationReport report = verification.verify();
        assertThat(report.breaks()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.firstBreak()).isNull();
        assertThat(report.eventsChecked()).isEqualTo(scenario.events.size());
        assertThat(report.unverifiable()).isZero();
    }

    @Test
    void recordWithoutHashFailsAndIsNamed() {
        String registered = edit(Scenario.REGISTERED, r -> r.remove("hash"));

        ChainVerificationReport report = verification.verify();
        assertThat(report.valid()).isFalse();
        assertThat(report.unverifiable()).isEqualTo(1);
        assertThat(report.firstBreak()).isEqualTo(
                new ChainBreak(scenario.caseId, 1, registered, Kind.MISSING_HASH, "arrived without a hash"));
        // The successor's link points at a hash that is not there: one break, not a cascade.
        assertThat(report.breaks()).hasSize(1);
    }

    @Test
    void recordWithoutPreviousHashLinkFails() {
        String registered = edit(Scenario.REGISTERED, r -> r.put("prevHash", null));

        assertThat(verification.verify().breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.MISSING_HASH);
            assertThat(b.eventId()).isEqualTo(registered);
            assertThat(b.detail()).isEqualTo("arrived without a previous-hash link");
        });
    }

    @Test
    void brokenLinkWithAConsistentHashIsReordered() {
        String started = edit(Scenario.PREPARATION_STARTED, r -> {
            r.put("prevHash", EventHashes.GENESIS);
            r.put("hash", EventHashes.hash(r.getString("_id"), r.getString("aggregateId"),
                    r.getString("aggregateType"), 2, r.getLong("epochMillis"), r.getString("payloadType"),
                    r.getString("payloadRevision"), r.getString("rawPayload"),
                    EventHashes.canonicalMetaDataJson(r.getString("rawMetaData")), EventHashes.GENESIS));
        });

        assertThat(verification.verify().firstBreak()).satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.REORDERED);
            assertThat(b.eventId()).isEqualTo(started);
            assertThat(b.sequence()).isEqualTo(2);
        });
    }

    @Test
    void unreadableRecordIsABreakNotAnError() {
        String registered = edit(Scenario.REGISTERED, r -> r.put("epochMillis", "yesterday"));

        ChainVerificationReport report = verification.verify();
        assertThat(report.valid()).isFalse();
        assertThat(report.firstBreak().eventId()).isEqualTo(registered);
        assertThat(report.firstBreak().kind()).isEqualTo(Kind.CHANGED);
        assertThat(report.firstBreak().detail()).startsWith("the hashed content cannot be read");
    }

    @Test
    void anchorsAreEachAggregatesLastHashedRecordOfTheService() {
        ChainAnchors anchors = new ChainAnchoring(generations).heads("case-service");

        assertThat(anchors.service()).isEqualTo("case-service");
        assertThat(anchors.heads()).containsOnlyKeys(scenario.caseId, scenario.incidentId, scenario.seriesId);
        DomainEventMessage<?> decided = scenario.events.get(Scenario.DECIDED);
        assertThat(anchors.heads().get(scenario.caseId)).isEqualTo(new ChainAnchors.Head(decided.getSequenceNumber(),
                decided.getIdentifier(), (String) decided.getMetaData().get(EventHashes.HASH_KEY)));
        assertThat(new ChainAnchoring(generations).heads("group-service").heads()).containsOnlyKeys(scenario.assignmentId);
    }

    @Test
    void aRecordWithoutHashIsNoAnchor() {
        edit(Scenario.DECIDED, r -> r.remove("hash"));

        DomainEventMessage<?> proposed = scenario.events.get(Scenario.DECIDED - 1);
        assertThat(new ChainAnchoring(generations).heads("case-service").heads().get(scenario.caseId).eventId())
                .isEqualTo(proposed.getIdentifier());
    }

    @Test
    void anchorsOfAnUnknownServiceAreRefusedNamingTheField() {
        for (String service : new String[] {"reporting-service", "", null}) {
            assertThatThrownBy(() -> new ChainAnchoring(generations).heads(service))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("service"));
        }
    }

    /** Changes the stored record of the scenario's n-th event and returns its id. */
    private String edit(int n, Consumer<Document> change) {
        String id = scenario.events.get(n).getIdentifier();
        Document record = log.find(Filters.eq("_id", id)).first();
        change.accept(record);
        log.replaceOne(Filters.eq("_id", id), record);
        return id;
    }
}
