package se.rjh.mtp.reporting.readmodel;

import java.util.List;
import org.bson.Document;

/**
 * One read model made of one row per aggregate. A row is the fold of ALL stored records of its aggregate in sequence
 * order; the writer keeps it so by folding a record into the stored row only when the record sorts after every record
 * folded so far ({@link #next}), and by folding the whole stream again otherwise ({@link #row}). Duplicates and
 * out-of-order delivery therefore cannot change it.
 */
public interface RowProjection {

    /** Collection name without the generation suffix. */
    String model();

    /** The row folded from all the aggregate's records in sequence order, or null when there is none. */
    Document row(String aggregateId, List<Document> recordsInSequence);

    /**
     * The row after one more record that sorts after every record already folded into {@code row}; {@code row}, a
     * stored row, may be changed and returned. Null when the aggregate has no row any more.
     */
    Document next(Document row, Document record);

    /**
     * Whether this record may give an aggregate that has no row one. An aggregate without a row that receives such a
     * record after earlier ones has its row folded from the whole stream; any other record leaves it without one.
     */
    boolean mayStartRow(Document record);
}
