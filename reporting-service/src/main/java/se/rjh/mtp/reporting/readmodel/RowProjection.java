package se.rjh.mtp.reporting.readmodel;

import java.util.List;
import org.bson.Document;

/**
 * One read model made of one row per aggregate. The row is rebuilt from ALL stored records of the aggregate,
 * sorted by sequence, every time one of them arrives: duplicates and out-of-order delivery cannot change it.
 */
public interface RowProjection {

    /** Collection name without the generation suffix. */
    String model();

    /** The row for the aggregate, or null when this read model has no row for it. */
    Document row(String aggregateId, List<Document> recordsInSequence);
}
