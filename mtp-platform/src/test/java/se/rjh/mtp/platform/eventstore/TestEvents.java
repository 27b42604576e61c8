package se.rjh.mtp.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Payloads, messages and engines shared by the event-store tests. */
final class TestEvents {

    record Thing(String name, int value) {
    }

    private TestEvents() {
    }

    static DomainEventMessage<Thing> event(String aggregateId, long seq) {
        return new GenericDomainEventMessage<>("Agg", aggregateId, seq, new Thing(aggregateId + "-" + seq, (int) seq),
                                               MetaData.with("user", "alice"));
    }

    static List<DomainEventMessage<?>> events(String aggregateId, long firstSeq, int count) {
        List<DomainEventMessage<?>> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(event(aggregateId, firstSeq + i));
        }
        return list;
    }

    static MongoCommitEventStorageEngine.Builder engineBuilder(EmbeddedMongo mongo, String db) {
        return engineBuilder(mongo.database(db));
    }

    static MongoCommitEventStorageEngine.Builder engineBuilder(MongoDatabase database) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        return MongoCommitEventStorageEngine.builder()
                                            .database(database)
                                            .eventSerializer(serializer)
                                            .snapshotSerializer(serializer)
                                            .gapTimeout(Duration.ofSeconds(60));
    }
}
