package se.rjh.mtp.local.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Key type of the unique-index maps: orders {@link KeyValue}s by their values instead of by their Java-serialised
 * bytes. The stock H2 backend leaves index keys to {@link ObjectDataType}, which serialises both keys on every
 * comparison of a B-tree search because {@code KeyValue} is not {@code Comparable}; under load that was half the CPU
 * of the whole local stack. On disk the keys are written exactly as before; only the order differs.
 * <p>
 * The order is mongo-java-server's value order, and keys it calls equal but that are not {@code equals} (never the
 * case for the normalised keys the index stores, kept for safety) are told apart by their serialised bytes, so that
 * map identity stays the index's equality.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    static final IndexKeyType INSTANCE = new IndexKeyType();

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    private final ObjectDataType storage = new ObjectDataType();

    private IndexKeyType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int c = VALUES.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        if (Objects.equals(a, b)) {
            return 0;
        }
        return ObjectDataType.compareNotNull(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
    }

    @Override
    public int getMemory(KeyValue key) {
        return storage.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        storage.write(buffer, key);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        return (KeyValue) storage.read(buffer);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexKeyType;
    }

    @Override
    public int hashCode() {
        return IndexKeyType.class.hashCode();
    }

    @Override
    public String toString() {
        return "IndexKeyType";
    }
}
