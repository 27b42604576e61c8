package se.rjh.mtp.local.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 file backend with unique indexes ordered by value ({@link IndexKeyType}) instead of by
 * serialised bytes. Index maps get their own names ({@value #SUFFIX} appended), so a store written by the stock
 * backend is converted on first open: the old map's entries are copied into the new one and the old map removed.
 * Documents, collections and the file format are unchanged.
 */
public final class ValueOrderedH2Backend extends H2Backend {

    static final String SUFFIX = "#by-value";

    private ValueOrderedH2Backend(MVStore store) {
        super(store);
    }

    /** Opens (or creates) the store file. */
    public static ValueOrderedH2Backend open(String fileName) {
        return new ValueOrderedH2Backend(MVStore.open(fileName));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * An inner (not static) class on purpose: the super constructor opens the stored collections and their indexes,
     * before any field of this class could be set, but the enclosing backend is already known.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVStore store = getMvStore();
            String stockName = stockMapName(collectionName, indexName);
            MVMap<KeyValue, Object> map = store.openMap(stockName + SUFFIX,
                    new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
            if (store.hasMap(stockName)) {
                MVMap<KeyValue, Object> stock = store.openMap(stockName);
                for (Map.Entry<KeyValue, Object> entry : stock.entrySet()) {
                    map.putIfAbsent(entry.getKey(), entry.getValue());
                }
                store.removeMap(stock);
            }
            return new ValueOrderedUniqueIndex(map, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().removeMap(stockMapName(collection.getCollectionName(), indexName) + SUFFIX);
        }

        /** The map name the stock H2 backend gives an index (its own method for it is private). */
        private String stockMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }
}
