package se.rjh.mtp.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.platform.eventstore.EmbeddedMongo;

/** A document's version: what it applied, moved also by an event it passes over, never backwards, never made up. */
class VersionedDocumentsTest {

    @RegisterExtension
    static final EmbeddedMongo MONGO = new EmbeddedMongo();

    private final MongoCollection<Document> collection = MONGO.database("versioned_"
            + UUID.randomUUID().toString().substring(0, 8)).getCollection("rows");
    private final VersionedDocuments documents = new VersionedDocuments(collection);

    @Test
    void anEventPassedOverMovesTheVersionOfAnExistingDocumentOnly() {
        documents.passOver("a", 0);
        assertThat(documents.lastSequence("a")).isEmpty();
        assertThat(collection.countDocuments()).isZero();

        documents.apply("a", 1, d -> d.append("status", "OPEN"));
        documents.passOver("a", 2);
        assertThat(documents.lastSequence("a")).contains(2L);
        documents.passOver("a", 1); // redelivered
        assertThat(documents.lastSequence("a")).contains(2L);

        documents.apply("a", 2, d -> d.append("status", "CHANGED"));
        assertThat(documents.find("a").orElseThrow().getString("status")).isEqualTo("OPEN");
        documents.apply("a", 3, d -> d.append("status", "DONE"));
        assertThat(documents.lastSequence("a")).contains(3L);
        assertThat(documents.find("a").orElseThrow()).doesNotContainKey("lastSequence");
    }

    @Test
    void aCatchAllHandlerPassesOverTheEventsOfItsOwnAggregateOnly() {
        documents.apply("a", 0, d -> d.append("status", "OPEN"));

        documents.passOver(new GenericDomainEventMessage<>("Distribution", "a", 7, "mail sent"), Thing.class);
        assertThat(documents.lastSequence("a")).contains(0L);
        documents.passOver(new GenericDomainEventMessage<>("Thing", "a", 1, "mail sent"), Thing.class);
        assertThat(documents.lastSequence("a")).contains(1L);
    }

    private static final class Thing {
    }
}
