package se.rjh.mtp.reporting.readmodel;

import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * The skeleton every row projection shares: a fixed model name, a test whether the aggregate makes a row at all, and
 * a fold of one record at a time into the row. The same {@link #fold} builds a row from the whole stream and moves a
 * stored row on by one record, so both give the same document. Every row keeps the sequence number of the last record
 * folded into it ({@value #LAST_SEQUENCE}): the writer skips a record it has already folded.
 */
public abstract class RowFold implements RowProjection {

    public static final String LAST_SEQUENCE = "lastSequence";

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
        if (recordsInSequence.stream().noneMatch(startsRow)) {
            return null;
        }
        Document row = emptyRow();
        for (Document record : recordsInSequence) {
            row = fold(row, record);
            if (row == null) {
                return null;
            }
        }
        return shown(row) ? row.append(LAST_SEQUENCE, recordsInSequence.get(recordsInSequence.size() - 1)
                .get("sequence")) : null;
    }

    @Override
    public final Document next(Document row, Document record) {
        Document next = fold(row, record);
        return next != null && shown(next) ? next.append(LAST_SEQUENCE, record.get("sequence")) : null;
    }

    @Override
    public boolean mayStartRow(Document record) {
        return startsRow.test(record);
    }

    /** The row before any record, with every field in its place. */
    protected abstract Document emptyRow();

    /** The row after one more record (change {@code row} and return it), or null when the aggregate can have none. */
    protected abstract Document fold(Document row, Document record);

    /** Whether a folded row is listed; a row that is not shown is not stored. */
    protected boolean shown(Document row) {
        return true;
    }

    /** Later events repeat or refine a field; an event without it leaves the earlier value. */
    protected static void setIfPresent(Document row, String key, Object value) {
        if (value != null) {
            row.put(key, value);
        }
    }
}
