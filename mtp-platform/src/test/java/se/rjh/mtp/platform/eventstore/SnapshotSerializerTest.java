package se.rjh.mtp.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/** Aggregates keep private state without getters; their snapshots must still round-trip completely. */
class SnapshotSerializerTest {

    static class GetterlessAggregate {
        private String id;
        private LocalDate due;
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        protected GetterlessAggregate() {
        }

        GetterlessAggregate(String id, LocalDate due) {
            this.id = id;
            this.due = due;
            entries.put("k1", new Entry("text", 3));
        }

        boolean sameStateAs(GetterlessAggregate other) {
            return id.equals(other.id) && due.equals(other.due) && entries.equals(other.entries);
        }
    }

    record Entry(String text, int level) {
    }

    @Test
    void privateFieldsSurviveASnapshotRoundTrip() {
        Serializer serializer = new SerializerConfiguration().snapshotSerializer();
        GetterlessAggregate original = new GetterlessAggregate("a1", LocalDate.of(2026, 12, 1));

        SerializedObject<String> serialized = serializer.serialize(original, String.class);
        GetterlessAggregate back = serializer.deserialize(serialized);

        assertThat(serialized.getData()).contains("\"id\":\"a1\"").contains("2026-12-01");
        assertThat(back.sameStateAs(original)).isTrue();
    }
}
