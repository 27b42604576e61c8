package se.rjh.mtp.platform.eventstore;

import com.mongodb.MongoSocketException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.rjh.mtp.platform.eventstore.TestEvents.event;
import static se.rjh.mtp.platform.eventstore.TestEvents.events;

/**
 * Defect 3: a caller is told "failed" only when its commit is known not to be stored. The connection is broken
 * around the insert by a proxy on the wire (real driver, real server), so the engine sees a genuine socket error.
 */
class CommitOutcomeTest {

    private EmbeddedMongo mongo;
    private CuttingProxy proxy;
    private MongoClient client;
    private MongoCommitEventStorageEngine engine;
    private MongoCommitEventStorageEngine reader;

    @BeforeEach
    void start() throws Exception {
        mongo = new EmbeddedMongo();
        proxy = new CuttingProxy(mongo.port());
        // No driver retry: the engine itself must cope with the unknown outcome (a standalone server has none anyway).
        client = MongoClients.create("mongodb://127.0.0.1:" + proxy.port()
                                             + "/?retryWrites=false&serverSelectionTimeoutMS=3000");
        engine = TestEvents.engineBuilder(client.getDatabase("outcome")).build();
        reader = TestEvents.engineBuilder(mongo, "outcome").build();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        proxy.close();
        mongo.close();
    }

    @Test
    void commitStoredButAnswerLostIsReportedAsStored() {
        engine.appendEvents(event("a", 0));
        proxy.arm(CuttingProxy.Cut.AFTER_INSERT);

        List<DomainEventMessage<?>> commit = events("b", 0, 3);
        engine.appendEvents(commit);

        assertThat(proxy.cuts()).isEqualTo(1);
        assertThat(reader.readEvents("b").asStream().map(EventMessage::getIdentifier))
                .containsExactlyElementsOf(commit.stream().map(EventMessage::getIdentifier).toList());
        assertThat(reader.readEvents(null, false)).hasSize(4);
        // The writer's chain cache advanced: the next event links to the stored one.
        engine.appendEvents(event("b", 3));
        assertThat(new ChainVerifier(mongo.database("outcome")).verify().breaks()).isEmpty();
    }

    @Test
    void commitNeverSentIsReportedAsFailedAndItsRangeCannotBeFilledLater() {
        engine.appendEvents(event("a", 0));
        proxy.arm(CuttingProxy.Cut.BEFORE_INSERT);

        Throwable failure = catchThrowable(() -> engine.appendEvents(events("b", 0, 2)));

        assertThat(proxy.cuts()).isEqualTo(1);
        assertThat(failure).isInstanceOf(EventStoreException.class)
                           .isNotInstanceOf(CommitOutcomeUnknownException.class)
                           .hasRootCauseInstanceOf(MongoSocketException.class);
        assertThat(reader.readEvents("b").asStream()).isEmpty();
        // The reserved range is fenced off by a void commit; tracking passes it without a gap.
        engine.appendEvents(events("b", 0, 2));
        assertThat(reader.readEvents(null, false).map(e -> e.getPayload().toString()))
                .containsExactly("Thing[name=a-0, value=0]", "Thing[name=b-0, value=0]", "Thing[name=b-1, value=1]");
    }

    @Test
    void outcomeThatCannotBeSettledIsReportedAsUnknownNotAsFailed() {
        engine.appendEvents(event("a", 0));
        proxy.arm(CuttingProxy.Cut.AFTER_INSERT_THEN_DOWN);
        List<DomainEventMessage<?>> commit = events("b", 0, 2);

        Throwable failure = catchThrowable(() -> engine.appendEvents(commit));

        assertThat(proxy.cuts()).isEqualTo(1);
        assertThat(failure).isInstanceOf(CommitOutcomeUnknownException.class);
        assertThat(((CommitOutcomeUnknownException) failure).eventIdentifiers())
                .containsExactlyElementsOf(commit.stream().map(EventMessage::getIdentifier).toList());
        // It was in fact stored, which is why "failed" would have been a lie.
        proxy.up();
        assertThat(reader.readEvents("b").asStream()).hasSize(2);
    }
}
