package se.rjh.mtp.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import se.rjh.mtp.platform.eventstore.SerializerConfiguration;

/**
 * A snapshot is the aggregate's private fields written by the platform's snapshot serializer; it must load back to
 * the same state, or a snapshotted aggregate would answer its rules differently after a restart.
 */
public final class SnapshotRoundTrip {

    private static final Serializer SNAPSHOTS = new SerializerConfiguration().snapshotSerializer();

    private SnapshotRoundTrip() {
    }

    /** The aggregate written as a snapshot and read back. */
    @SuppressWarnings("unchecked")
    public static <A> A roundTrip(A aggregate) {
        return (A) SNAPSHOTS.deserialize(SNAPSHOTS.serialize(aggregate, byte[].class));
    }

    /**
     * Writes the aggregate as a snapshot and reads it back: the copy has the same state, and more than a new aggregate
     * has (so the check is not passed by two empty ones). Returns the snapshot's JSON for checks of its form.
     */
    public static <A> String assertRoundTrips(A aggregate, Supplier<A> newAggregate) {
        SerializedObject<byte[]> snapshot = SNAPSHOTS.serialize(aggregate, byte[].class);
        A restored = SNAPSHOTS.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(aggregate);
        assertThat(restored).usingRecursiveComparison().isNotEqualTo(newAggregate.get());
        return new String(snapshot.getData(), StandardCharsets.UTF_8);
    }
}
