package se.rjh.mtp.reporting.readmodel;

import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * The skeleton every row projection shares: a fixed model name, a test whether the aggregate makes a row at all, and
 * a fold of its records (in sequence order) into the row. Subclasses say only what is particular to their row.
 */
public abstract class RowFold implements RowProjection {

    private final String model;
    private final Predicate<Document> startsRow;

    /**
     * @param startsRow whether a record makes its aggregate one of this model's rows (typically its creation event)
     */
    protected RowFold(String model, Predicate<Document> startsRow) {
        this.model = model;
        this.startsRow = startsRow;
    }

    @Override
    public final String model() {
        return model;
    }

    @Override
    public final Document row(String aggregateId, List<Document> recordsInSequence) {
        return recordsInSequence.stream().anyMatch(startsRow) ? fold(recordsInSequence) : null;
    }

    /** The row from all the aggregate's records, or null when on closer look it has none. */
    protected abstract Document fold(List<Document> recordsInSequence);

    /** Later events repeat or refine a field; an event without it leaves the earlier value. */
    protected static void setIfPresent(Document row, String key, Object value) {
        if (value != null) {
            row.put(key, value);
        }
    }
}
